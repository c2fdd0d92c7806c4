/**
 * Where tapping a notification goes: its `link` if that is one of the phone pages (`/m/...`).
 * The link is stored data; anything else (another site, another app) is not followed.
 */
export function phoneLink(link: string): string | undefined {
  return /^\/m(?:[/?#]|$)/.test(link) && !link.startsWith('/m//') && !link.includes('\\') ? link : undefined
}
