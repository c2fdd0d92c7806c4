import { ElMessage } from 'element-plus'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { PasswordChange } from '@linli/contracts'
import { useSessionStore } from '../../stores/session.store'
import { changePassword, logoutEverywhere } from './account-api'

/**
 * Your own password and sessions. Both actions end every session of yours, this one too,
 * so each leads to the sign-in page with a message saying why.
 */
export function useAccount() {
  const { t } = useI18n()
  const router = useRouter()
  const session = useSessionStore()

  async function backToLogin(message: string) {
    session.forget()
    ElMessage.success({ message, duration: 5000 })
    await router.replace({ name: 'login' })
  }

  async function change(body: PasswordChange) {
    await changePassword(body)
    await backToLogin(t('account.changed'))
  }

  async function signOutEverywhere() {
    await logoutEverywhere()
    await backToLogin(t('account.signedOutEverywhere'))
  }

  return { change, signOutEverywhere }
}
