import { computed, ref, shallowRef, watch } from 'vue'
import type { NotificationSettings } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { isSignedOutError } from '../../shared/api-errors'
import { useLoad } from '../../shell/use-load'
import { asLocalTime, changes, draftOf } from './settings-draft'
import { stashDraft, takeDraft } from './draft-stash'

export type SaveNotice = { kind: 'saved' | 'unchanged' | 'restored' } | { kind: 'error'; error: unknown }

/**
 * The signed-in resident's settings as saved, and the draft the page edits. A save sends only what
 * changed; a refused save keeps the draft as it is, so the resident can simply try again.
 */
export function useNotificationSettings() {
  const session = useResidentSession()
  const load = useLoad(async () => (session.resident.value ? api.getNotificationSettings() : undefined), () => session.resident.value?.id)
  const saved = shallowRef<NotificationSettings>()
  const draft = ref<NotificationSettings>()
  const saving = ref(false)
  const notice = shallowRef<SaveNotice>()
  const badTime = ref({ start: false, end: false })

  watch(load.data, (settings) => {
    if (!settings) return
    saved.value = settings
    const unsaved = session.resident.value && takeDraft(session.resident.value.id)
    draft.value = draftOf(unsaved || settings)
    if (unsaved && changes(settings, unsaved)) notice.value = { kind: 'restored' }
  })
  watch(load.error, (err) => {
    if (isSignedOutError(err)) session.forget()
  })

  const pending = computed(() => Boolean(saved.value && draft.value && changes(saved.value, draft.value)))
  // "Saved" stops being true once the resident changes something again.
  watch(pending, (now) => {
    if (now && (notice.value?.kind === 'saved' || notice.value?.kind === 'unchanged')) notice.value = undefined
  })

  // A time marked incomplete is unmarked as soon as it is put right.
  watch(() => [draft.value?.quietHours.start ?? '', draft.value?.quietHours.end ?? ''] as const, ([start, end]) => {
    if (badTime.value.start || badTime.value.end) badTime.value = { start: !asLocalTime(start), end: !asLocalTime(end) }
  })

  async function save() {
    const d = draft.value
    const before = saved.value
    if (!d || !before || saving.value) return
    const start = asLocalTime(d.quietHours.start)
    const end = asLocalTime(d.quietHours.end)
    badTime.value = { start: !start, end: !end }
    if (!start || !end) return
    const wanted = { ...d, quietHours: { start, end } }
    const patch = changes(before, wanted)
    if (!patch) {
      notice.value = { kind: 'unchanged' }
      return
    }
    saving.value = true
    notice.value = undefined
    const sent = JSON.stringify(d)
    try {
      const result = await api.updateNotificationSettings(patch)
      saved.value = result
      // Edits made while the save was on its way stay; otherwise show exactly what the server keeps.
      if (JSON.stringify(draft.value) === sent) draft.value = draftOf(result)
      notice.value = { kind: 'saved' }
    } catch (err) {
      notice.value = { kind: 'error', error: err }
      if (isSignedOutError(err) && session.resident.value) {
        stashDraft(session.resident.value.id, wanted)
        session.forget()
      }
    } finally {
      saving.value = false
    }
  }

  return { status: load.status, error: load.error, reload: load.reload, saved, draft, saving, notice, pending, badTime, save }
}
