import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity } from '../communities.record.ts';
import { communityPath } from './community-bits.tsx';
import { accessFields, fieldWords } from './community-fields.tsx';

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
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('communities.settings.title')}</h2>
      <ErrorSummary ctx={ctx} form="community-settings" state={state} />
      <form novalidate method="post" action={ctx.href(`${communityPath(community.slug)}/settings`)}>
        <CsrfField ctx={ctx} />
        <FormFields
          ctx={ctx}
          form="community-settings"
          state={state}
          labels={fieldWords(t)}
          fields={accessFields(t, 'settings.visibilityHint')}
        />
        <p>
          <button type="submit">{t('communities.settings.submit')}</button>
        </p>
      </form>
    </section>
  );
}
