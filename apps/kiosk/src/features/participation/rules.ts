// The boards read the check-in window through this path; the rules themselves live in @linli/web-shared.
export { type ParticipationRules, DEFAULT_RULES, checkInWindowOf, rulesOf } from '@linli/web-shared'
