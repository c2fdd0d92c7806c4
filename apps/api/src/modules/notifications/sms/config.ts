import { NOTIFICATION_KINDS, type NotificationKind } from '@linli/contracts'
import { Type } from '@sinclair/typebox'

/** The SMS variables of the environment, checked with the rest of the config (config.ts). */
export const SmsEnv = {
  SMS_PROVIDER: Type.Optional(Type.Union([Type.Literal('aliyun'), Type.Literal('tencent')])),
  SMS_ACCESS_KEY_ID: Type.Optional(Type.String()),
  SMS_ACCESS_KEY_SECRET: Type.Optional(Type.String()),
  SMS_SECRET_ID: Type.Optional(Type.String()),
  SMS_SECRET_KEY: Type.Optional(Type.String()),
  SMS_SDK_APP_ID: Type.Optional(Type.String()),
  SMS_REGION: Type.Optional(Type.String({ pattern: '^[a-z]+-[a-z]+$' })),
  SMS_SIGN_NAME: Type.Optional(Type.String()),
  SMS_TEMPLATES: Type.Optional(Type.String()),
  /** The approved template of sign-in codes, with one variable `code` (not a notification kind: codes are no notices). */
  SMS_CODE_TEMPLATE: Type.Optional(Type.String({ minLength: 1 })),
  SMS_ENDPOINT: Type.Optional(Type.String({ pattern: '^https?://[^/?#]+/?$' })),
}

type SmsVars = { [K in keyof typeof SmsEnv]?: string }

/** Which approved template each kind is sent with; a kind without one is not sent by SMS. */
export type SmsTemplates = Partial<Record<NotificationKind, string>>

interface Common {
  signName: string
  templates: SmsTemplates
  /** The template one-time codes go out with; without it the provider sends no codes (modules/residents/phone-codes-sms.ts). */
  codeTemplate?: string
  /** The provider's API address: its public host unless SMS_ENDPOINT says otherwise. */
  endpoint: string
}
export interface AliyunSmsConfig extends Common { provider: 'aliyun'; accessKeyId: string; accessKeySecret: string }
export interface TencentSmsConfig extends Common { provider: 'tencent'; secretId: string; secretKey: string; sdkAppId: string; region: string }
export type SmsConfig = AliyunSmsConfig | TencentSmsConfig

const KEYS = {
  aliyun: ['SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET'],
  tencent: ['SMS_SECRET_ID', 'SMS_SECRET_KEY', 'SMS_SDK_APP_ID'],
} as const
const HOSTS = { aliyun: 'https://dysmsapi.aliyuncs.com', tencent: 'https://sms.tencentcloudapi.com' }

function parseTemplates(json: string, problems: string[]): SmsTemplates {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    problems.push(`SMS_TEMPLATES: must be a JSON object of notification kind to template id, e.g. {"seat_offered":"SMS_123456"} (got ${JSON.stringify(json)})`)
    return {}
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('SMS_TEMPLATES: must be a JSON object of notification kind to template id')
    return {}
  }
  for (const [kind, id] of Object.entries(value)) {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) problems.push(`SMS_TEMPLATES: "${kind}" is not a notification kind (one of ${NOTIFICATION_KINDS.join(', ')})`)
    else if (typeof id !== 'string' || !id.trim()) problems.push(`SMS_TEMPLATES: the template id of "${kind}" must be a non-empty string`)
  }
  return value as SmsTemplates
}

/**
 * The SMS set-up, or undefined when no provider is chosen (messages are then only printed to the
 * log). A provider without its keys, sign name or templates is a problem to fix before starting,
 * and so is a key given without a provider: half a set-up would silently send nothing.
 */
export function readSmsConfig(v: SmsVars, problems: string[]): SmsConfig | undefined {
  const provider = v.SMS_PROVIDER as keyof typeof KEYS | undefined
  if (provider && !(provider in KEYS)) return undefined // refused by the schema already
  if (!provider) {
    const stray = Object.keys(SmsEnv).filter((k) => k !== 'SMS_PROVIDER' && v[k as keyof SmsVars] !== undefined)
    if (stray.length) problems.push(`SMS_PROVIDER: not set, but ${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'}; set SMS_PROVIDER=aliyun or tencent, or remove them`)
    return undefined
  }
  const missing = [...KEYS[provider], 'SMS_SIGN_NAME', 'SMS_TEMPLATES'].filter((k) => !v[k as keyof SmsVars]?.trim())
  if (missing.length) problems.push(`SMS_PROVIDER=${provider} needs ${missing.join(', ')} (missing)`)
  const templates = v.SMS_TEMPLATES ? parseTemplates(v.SMS_TEMPLATES, problems) : {}
  if (missing.length) return undefined
  const common = { signName: v.SMS_SIGN_NAME!, templates, ...(v.SMS_CODE_TEMPLATE?.trim() ? { codeTemplate: v.SMS_CODE_TEMPLATE.trim() } : {}), endpoint: (v.SMS_ENDPOINT ?? HOSTS[provider]).replace(/\/$/, '') }
  return provider === 'aliyun'
    ? { provider, ...common, accessKeyId: v.SMS_ACCESS_KEY_ID!, accessKeySecret: v.SMS_ACCESS_KEY_SECRET! }
    : { provider, ...common, secretId: v.SMS_SECRET_ID!, secretKey: v.SMS_SECRET_KEY!, sdkAppId: v.SMS_SDK_APP_ID!, region: v.SMS_REGION ?? 'ap-guangzhou' }
}
