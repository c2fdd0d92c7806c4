import { type Static, Type } from '@sinclair/typebox'
import { MobilePhone, ResidentSignup } from './bookings'

/** What a one-time SMS code may be used for; a code works only for the purpose it was asked for. */
export const PHONE_CODE_PURPOSES = ['sign_up', 'sign_in', 'reset_password', 'change_phone'] as const
export const PhoneCodePurpose = Type.Union(PHONE_CODE_PURPOSES.map((p) => Type.Literal(p)))
export type PhoneCodePurpose = Static<typeof PhoneCodePurpose>
/** Every purpose a code can have; 'family_link' codes are asked for through the family routes only (a signed-in proxy). */
export type CodePurpose = PhoneCodePurpose | 'family_link'

/** Six digits, as the SMS shows them. */
export const PhoneCode = Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit code from the SMS' })

export const PhoneCodeRequest = Type.Object({ phone: MobilePhone, purpose: PhoneCodePurpose }, { additionalProperties: false })
export type PhoneCodeRequest = Static<typeof PhoneCodeRequest>

/**
 * The same answer for every number, registered or not: the SMS (or its absence) is the only
 * thing that differs, and only the number's owner sees it.
 */
export const PhoneCodeRequested = Type.Object({
  /** Seconds the code stays valid. */
  expiresInSeconds: Type.Integer(),
  /** Seconds before another code may be asked for this number. */
  resendAfterSeconds: Type.Integer(),
})
export type PhoneCodeRequested = Static<typeof PhoneCodeRequested>

export const SignUpWithCode = Type.Object(
  {
    phone: MobilePhone,
    code: PhoneCode,
    name: ResidentSignup.properties.name,
    /** Optional: without one the resident signs in by code (or sets one later by reset). */
    password: Type.Optional(ResidentSignup.properties.password),
    organisationName: ResidentSignup.properties.organisationName,
  },
  { additionalProperties: false },
)
export type SignUpWithCode = Static<typeof SignUpWithCode>

export const SignInWithCode = Type.Object({ phone: MobilePhone, code: PhoneCode }, { additionalProperties: false })
export type SignInWithCode = Static<typeof SignInWithCode>

export const ResetPasswordWithCode = Type.Object(
  { phone: MobilePhone, code: PhoneCode, newPassword: ResidentSignup.properties.password },
  { additionalProperties: false },
)
export type ResetPasswordWithCode = Static<typeof ResetPasswordWithCode>

// Code answers (with signInErrorResponses): 400 `code_invalid` (wrong, or for another number or
// purpose), `code_expired`, `code_used`; 429 `too_many_tries` (ask for a new code) and
// `too_many_codes` (with Retry-After); 503 `codes_unavailable` (a provider without a code template).
