import { ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@linli/web-shared'
import { api } from '../../api'
import { currentLocale, rememberPhoneLocale } from '../../i18n'
import { isSignedOutError } from '../../shared/api-errors'
import { useResidentSession } from '../../shared/use-resident-session'
import { accountErrorKey } from './account-errors'
import { type AccountErrors, validateName } from './account-validation'

/** 我的资料: the name (checked, then saved) and the language (applied at once, then saved to the account). */
export function useProfile() {
  const { t } = useI18n()
  const session = useResidentSession()
  const name = ref('')
  const errors = ref<AccountErrors>({})
  const saving = ref(false)
  /** What just happened, said in a status line: a key and the kind of line. */
  const notice = shallowRef<{ text: string; error: boolean }>()
  const languageBusy = ref(false)

  function startEditing() {
    name.value = session.resident.value?.name ?? ''
    errors.value = {}
    notice.value = undefined
  }

  async function saveName() {
    notice.value = undefined
    errors.value = validateName(name.value, session.resident.value?.name ?? '')
    if (errors.value.name) return
    saving.value = true
    try {
      session.update(await api.updateResidentMe({ name: name.value.trim() }))
      notice.value = { text: t('accountPage.profile.saved'), error: false }
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      // The typed name stays in the field; the reason shows under it.
      errors.value = { name: accountErrorKey(err) }
    } finally {
      saving.value = false
    }
  }

  /** The page switches first (the resident sees it at once); the account follows, for notifications and SMS. */
  async function switchLanguage(locale: Locale) {
    if (locale === currentLocale() || languageBusy.value) return
    rememberPhoneLocale(locale)
    notice.value = undefined
    languageBusy.value = true
    try {
      await api.updateResidentMe({ language: locale })
      notice.value = { text: t('accountPage.profile.languageSaved'), error: false }
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      notice.value = { text: t('accountPage.profile.languageFailed', { reason: t(accountErrorKey(err)) }), error: true }
    } finally {
      languageBusy.value = false
    }
  }

  return { name, errors, saving, notice, languageBusy, startEditing, saveName, switchLanguage }
}
