import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'element-plus'
import { newPasswordRules, passwordChecks, passwordProblem } from './password-rules'

describe('password rules', () => {
  it('wants at least 10 characters', () => {
    expect(passwordProblem('Hx7!kq2', 'wang')).toBe('length')
    expect(passwordProblem('Hx7!kq2#Lm', 'wang')).toBeNull()
  })

  it('refuses common passwords and one repeated character', () => {
    expect(passwordProblem('1234567890', 'wang')).toBe('common')
    expect(passwordProblem('MyPassword-2026', 'wang')).toBe('common')
    expect(passwordProblem('aaaaaaaaaaaa', 'wang')).toBe('common')
  })

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblem('Wang.Wei-2026!', 'wang.wei')).toBe('username')
    expect(passwordProblem('Wang.Wei-2026!', '')).toBeNull()
  })

  it('reports every rule for the hint, none met while empty', () => {
    expect(passwordChecks('', 'wang')).toEqual({ length: false, common: false, username: false })
    expect(passwordChecks('Qingshan-river-7', 'wang')).toEqual({ length: true, common: true, username: true })
  })
})

describe('newPasswordRules', () => {
  const run = (rule: FormItemRule, value: string) =>
    new Promise<string | undefined>((resolve) => rule.validator!(rule, value, (err?: string | Error) => resolve(err ? String((err as Error).message ?? err) : undefined), {}, {}))

  it('refuses on blur with the text of the broken rule and clears while typing', async () => {
    const [blur, change] = newPasswordRules(() => 'wang', (p) => `bad:${p}`)
    expect(await run(blur!, 'short')).toBe('bad:length')
    expect(await run(blur!, 'wang-Qingshan-7')).toBe('bad:username')
    expect(await run(blur!, 'Qingshan-river-7')).toBeUndefined()
    expect(await run(change!, 'short')).toBeUndefined()
    expect([blur!.required, blur!.trigger, change!.trigger]).toEqual([true, 'blur', 'change'])
  })
})
