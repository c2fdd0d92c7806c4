import { describe, expect, it } from 'vitest'
import type { Need, Resource } from '@linli/contracts'
import { isFinal, linkRule, nextStatuses, pickableNeeds, pickableResources, projectDeletable, statusTagType, withStatus } from './list-status'

const resource = (id: string, status: Resource['status']) => ({ id, status }) as Resource
const need = (id: string, status: Need['status']) => ({ id, status }) as Need

describe('the status buttons of the three lists', () => {
  it('offers only the statuses the API lets follow', () => {
    expect(nextStatuses('resource', 'available')).toEqual(['matched', 'retired'])
    expect(nextStatuses('resource', 'retired')).toEqual(['available'])
    expect(nextStatuses('need', 'open')).toEqual(['matched', 'closed'])
    expect(nextStatuses('need', 'matched')).toEqual(['open', 'done', 'closed'])
    expect(nextStatuses('project', 'preparing')).toEqual(['active', 'terminated'])
    expect(nextStatuses('project', 'active')).toEqual(['completed', 'terminated'])
  })

  it('offers none from a final status, nor from one it does not know', () => {
    expect(nextStatuses('need', 'done')).toEqual([])
    expect(nextStatuses('project', 'completed')).toEqual([])
    expect(nextStatuses('project', 'terminated')).toEqual([])
    expect(nextStatuses('project', 'archived')).toEqual([])
  })

  it('asks first only before a status nothing may follow', () => {
    expect(isFinal('project', 'terminated')).toBe(true)
    expect(isFinal('project', 'completed')).toBe(true)
    expect(isFinal('need', 'done')).toBe(true)
    expect(isFinal('need', 'closed')).toBe(false)
    expect(isFinal('resource', 'retired')).toBe(false)
  })

  it('colours each status, and an unknown one grey', () => {
    expect(statusTagType('resource', 'available')).toBe('success')
    expect(statusTagType('need', 'open')).toBe('warning')
    expect(statusTagType('project', 'active')).toBe('primary')
    expect(statusTagType('project', 'archived')).toBe('info')
  })
})

describe('filters and choices', () => {
  it('filters by status, or keeps all when none is chosen', () => {
    const rows = [resource('a', 'available'), resource('b', 'retired')]
    expect(withStatus(rows, '').map((r) => r.id)).toEqual(['a', 'b'])
    expect(withStatus(rows, 'retired').map((r) => r.id)).toEqual(['b'])
    expect(withStatus(rows, 'matched')).toEqual([])
  })

  it('lets a project use resources that are not retired and needs that are open or matched', () => {
    expect(pickableResources([resource('a', 'available'), resource('b', 'matched'), resource('c', 'retired')]).map((r) => r.id)).toEqual(['a', 'b'])
    expect(pickableNeeds([need('a', 'open'), need('b', 'matched'), need('c', 'done'), need('d', 'closed')]).map((n) => n.id)).toEqual(['a', 'b'])
  })

  it('asks for 1 to 20 resources and needs', () => {
    expect(linkRule(0)).toBe('none')
    expect(linkRule(1)).toBe('')
    expect(linkRule(20)).toBe('')
    expect(linkRule(21)).toBe('tooMany')
  })

  it('offers deleting a project only before it starts or once terminated', () => {
    expect(projectDeletable('preparing')).toBe(true)
    expect(projectDeletable('terminated')).toBe(true)
    expect(projectDeletable('active')).toBe(false)
    expect(projectDeletable('completed')).toBe(false)
  })
})
