import { type ApprovalStep, approverLabels } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest } from '../../plugins/errors'
import { countSubdistrictApprovers, subdistrictOf } from './approvals.repository'

/**
 * Every step needs someone who can decide it for this center: a subdistrict step needs the center
 * to lie in a subdistrict with an active admin (scoped to it or above it). 400 naming the step otherwise.
 */
export async function assertApproversInScope(db: Database, centerId: string, steps: ApprovalStep[]) {
  const i = steps.findIndex((s) => s.approver === 'subdistrict_admin')
  if (i === -1) return
  const path = [{ path: `/steps/${i}/approver`, message: `no ${approverLabels.subdistrict_admin.en.toLowerCase()} in scope` }]
  const subdistrict = await subdistrictOf(db, centerId)
  if (!subdistrict) throw badRequest('approval_chain_no_approver', `Step ${i + 1} needs the subdistrict admin, but this center lies in no subdistrict`, path)
  if ((await countSubdistrictApprovers(db, subdistrict.id)) === 0)
    throw badRequest('approval_chain_no_approver', `Step ${i + 1} needs the subdistrict admin, but ${subdistrict.name} has no active admin who could decide it`, path)
}
