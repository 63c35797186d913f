import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity } from '../communities.record.ts';
import { communityVisibilities, joinPolicies } from '../communities.schemas.ts';
import { communityPath } from './community-bits.tsx';

/** For facilitators and the secretariat: who reads the discussions, and how people join. */
export function SettingsSection(props: { ctx: TViewContext; community: TCommunity; form: TFormState }) {
  const { ctx, community } = props;
  const { t } = ctx;
  const state: TFormState = {
    values: {
      visibility: community.visibility,
      joinPolicy: community.joinPolicy,
      ...props.form.values,
    },
    errors: props.form.errors,
  };
  const common = { ctx, form: 'community-settings', state };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('communities.settings.title')}</h2>
      <ErrorSummary ctx={ctx} form="community-settings" state={state} />
      <form novalidate method="post" action={ctx.href(`${communityPath(community.slug)}/settings`)}>
        <CsrfField ctx={ctx} />
        <SelectField
          {...common}
          name="visibility"
          label={t('communities.form.visibility')}
          hint={t('communities.settings.visibilityHint')}
          options={communityVisibilities.map((v) => ({ value: v, label: t(`communities.visibility.${v}`) }))}
        />
        <SelectField
          {...common}
          name="joinPolicy"
          label={t('communities.form.joinPolicy')}
          options={joinPolicies.map((v) => ({ value: v, label: t(`communities.joinPolicy.${v}`) }))}
        />
        <p>
          <button type="submit">{t('communities.settings.submit')}</button>
        </p>
      </form>
    </section>
  );
}
