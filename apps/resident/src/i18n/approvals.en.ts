/** Approval progress on a booking waiting for approval: the steps of its chain, who decides, by when. */
export default {
  title: 'Approval progress',
  step: 'Step {n}: {who} ({name})',
  approvers: { center_staff: 'center staff', subdistrict_admin: 'subdistrict admin' },
  states: { done: 'done', current: 'deciding now', next: 'next' },
  due: ', answers by {due}',
}
