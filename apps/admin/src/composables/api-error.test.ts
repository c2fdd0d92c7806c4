import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import { type Translate, errorMessage } from './api-error'
import zhCN from '../i18n/zh-CN'

// A tiny stand-in for vue-i18n's t/te over the real Chinese messages.
const translate: Translate = (key, params = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN)
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])) : undefined
}
const apiError = (statusCode: number, code: string, message: string, details?: ApiError['details']) =>
  new ApiError({ statusCode, code, message, details })

describe('errorMessage', () => {
  it('uses UI text for well-known codes', () => {
    expect(errorMessage(apiError(409, 'center_has_rooms', 'The center still has 3 rooms'), translate)).toBe(zhCN.errors.center_has_rooms)
    expect(errorMessage(apiError(0, 'network_error', 'The server could not be reached'), translate)).toBe(zhCN.errors.network_error)
  })

  it('falls back to a text per status, then to the server message', () => {
    expect(errorMessage(apiError(403, 'scope_mismatch', 'outside scope'), translate)).toBe(zhCN.errors.forbidden)
    expect(errorMessage(apiError(409, 'code_from_a_newer_server', 'This overlaps'), translate)).toBe('操作失败：This overlaps')
  })

  it('names the refused field of a validation error', () => {
    const err = apiError(400, 'validation_failed', 'body/capacity must be <= 5000', [{ path: 'body/capacity', message: 'must be <= 5000' }])
    expect(errorMessage(err, translate)).toBe('提交的内容不符合要求（capacity: must be <= 5000）')
  })

  it('shows other errors as they are', () => {
    expect(errorMessage(new Error('boom'), translate)).toBe('boom')
  })
})
