import type { Database } from '../db/database'
import { replaceScheme } from '../modules/assessment/assessment.repository'

/**
 * The demo districts' quarterly assessment scheme (季度考核), so a quarter's assessment ranks the
 * demo centers from the first start: targets a busy center reaches in a quarter.
 */
export const DEMO_SCHEME = [
  { indicator: 'activities_held', weight: 30, target: 20 },
  { indicator: 'person_times', weight: 25, target: 300 },
  { indicator: 'room_utilisation', weight: 15, target: 40 },
  { indicator: 'volunteer_hours', weight: 10, target: 20 },
  { indicator: 'records_published', weight: 20, target: 2 },
] as const

export async function seedDemoAssessment(db: Database) {
  const districts = await db.selectFrom('regions').select('id').where('parent_id', 'is', null).execute()
  for (const d of districts) await replaceScheme(db, d.id, DEMO_SCHEME)
}
