import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import { ApiError } from '@linli/api-client'
import { useSessionStore } from '../stores/session.store'
import { errorMessage } from './api-error'

/** Shows API errors as messages; a 401 means the session ended, so it goes back to sign-in. */
export function useApiError() {
  const { t, te } = useI18n()
  const session = useSessionStore()
  const router = useRouter()
  const route = useRoute()

  const message = (err: unknown) =>
    errorMessage(err, (key, params) => (te(key) ? t(key, params ?? {}) : undefined))

  function notify(err: unknown) {
    ElMessage.error({ message: message(err), grouping: true })
    if (err instanceof ApiError && err.statusCode === 401 && route.name !== 'login') {
      session.forget()
      void router.replace({ name: 'login', query: { redirect: route.fullPath } })
    }
  }

  return { message, notify }
}
