import type { ImportKind } from '@linli/contracts'
import { activitiesImporter } from './activities.importer'
import { centersImporter } from './centers.importer'
import type { Importer } from './importer'
import { regionsImporter } from './regions.importer'
import { residentsImporter } from './residents.importer'
import { roomsImporter } from './rooms.importer'
import { volunteerTeamsImporter } from './volunteer-teams.importer'
import { volunteersImporter } from './volunteers.importer'

/** Every importer by kind; a kind without one answers 404 until its file is added here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each importer has its own row and plan types
export const importers: Partial<Record<ImportKind, Importer<any, any>>> = {
  rooms: roomsImporter,
  residents: residentsImporter,
  'volunteer-teams': volunteerTeamsImporter,
  volunteers: volunteersImporter,
  regions: regionsImporter,
  centers: centersImporter,
  activities: activitiesImporter,
}
