import { computed } from 'vue'
import { useSessionStore } from '../stores/session.store'
import { permissionsFor } from './permissions'

/** Reactive role permissions of the signed-in staff member. */
export function usePermissions() {
  const session = useSessionStore()
  return computed(() => permissionsFor(session.me))
}
