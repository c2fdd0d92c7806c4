import { describe, expect, it } from 'vitest'
import type { Region } from '@linli/contracts'
import { ApiError } from '@linli/api-client'
import { chooseScope, ownErrorKey, parseScopeKey, regionsWithin, scopeKey } from './lists-scope'

const region = (id: string, parentId: string | null) => ({ id, parentId, name: id }) as Region
const regions = [region('city', null), region('district', 'city'), region('sub', 'district'), region('community', 'sub'), region('other', 'city')]

describe('the scope of the lists page', () => {
  it('keeps a district admin to their region and the regions below it', () => {
    expect(regionsWithin(regions, 'district').map((r) => r.id)).toEqual(['district', 'sub', 'community'])
    expect(regionsWithin(regions, 'community').map((r) => r.id)).toEqual(['community'])
    expect(regionsWithin(regions, null)).toEqual([])
  })

  it('opens the center or region in the URL when it is in reach', () => {
    const centers = [{ id: 'c1' }, { id: 'c2' }]
    const admin = { centerId: null, regionId: 'district' }
    const inReach = regionsWithin(regions, 'district')
    expect(chooseScope({ center: 'c2' }, admin, centers, inReach)).toEqual({ kind: 'center', id: 'c2' })
    expect(chooseScope({ region: 'sub' }, admin, centers, inReach)).toEqual({ kind: 'region', id: 'sub' })
    expect(chooseScope({ region: 'other' }, admin, centers, inReach)).toEqual({ kind: 'region', id: 'district' })
    expect(chooseScope({ center: 'c9' }, admin, centers, inReach)).toEqual({ kind: 'region', id: 'district' })
  })

  it('falls back to the staff member\'s own center, else the first one, else nothing', () => {
    const staff = { centerId: 'c2', regionId: null }
    expect(chooseScope({}, staff, [{ id: 'c2' }], [])).toEqual({ kind: 'center', id: 'c2' })
    expect(chooseScope({ center: 'c1' }, staff, [{ id: 'c2' }], [])).toEqual({ kind: 'center', id: 'c2' })
    expect(chooseScope({}, null, [{ id: 'c1' }], [])).toEqual({ kind: 'center', id: 'c1' })
    expect(chooseScope({}, staff, [], [])).toBeUndefined()
  })

  it('writes and reads the picker\'s value', () => {
    expect(scopeKey({ kind: 'region', id: 'r1' })).toBe('region:r1')
    expect(scopeKey(undefined)).toBe('')
    expect(parseScopeKey('center:c1')).toEqual({ kind: 'center', id: 'c1' })
    expect(parseScopeKey('room:x')).toBeUndefined()
    expect(parseScopeKey('')).toBeUndefined()
  })

  it('says invalid_transition in the lists\' own words, and leaves other codes to the app', () => {
    const refusal = (code: string) => new ApiError({ statusCode: 409, code, message: 'no' })
    expect(ownErrorKey(refusal('invalid_transition'))).toBe('coLists.errors.invalidTransition')
    expect(ownErrorKey(refusal('in_project'))).toBeUndefined()
    expect(ownErrorKey(new Error('x'))).toBeUndefined()
  })
})
