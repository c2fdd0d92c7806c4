import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { VolunteerMember } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { updateVolunteerMember } from './volunteers-api'

/** A member leaves a team (asked first; their hours stay) or comes back. */
export function useMemberToggle(changed: (m: VolunteerMember) => unknown) {
  const { t } = useI18n()
  const { notify } = useApiError()
  return async (m: VolunteerMember) => {
    const leaving = m.active
    if (leaving) {
      const sure = await ElMessageBox.confirm(t('volunteers.member.deactivateConfirm', { name: m.name, team: m.teamName }), t('volunteers.member.deactivate'), {
        type: 'warning', confirmButtonText: t('volunteers.member.deactivate'), cancelButtonText: t('common.cancel'), confirmButtonClass: 'el-button--danger', autofocus: false,
      }).then(() => true, () => false)
      if (!sure) return
    }
    try {
      const saved = await updateVolunteerMember(m.id, { active: !leaving })
      ElMessage.success(t(leaving ? 'volunteers.member.deactivated' : 'volunteers.member.activated', { name: m.name }))
      changed(saved)
    } catch (err) {
      notify(err)
    }
  }
}
