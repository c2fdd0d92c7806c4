/** The number on the bell: nothing when all is read, and "99+" rather than a badge wider than the bell. */
export const badgeText = (unread: number): string => (unread <= 0 ? '' : unread > 99 ? '99+' : String(unread))

/** The bell's accessible name, which says the count the badge shows ("通知，3 条未读"). */
export const bellLabel = (unread: number): { key: string; values: Record<string, number> } =>
  unread > 0 ? { key: 'notifications.bell.unread', values: { n: unread } } : { key: 'notifications.bell.none', values: {} }
