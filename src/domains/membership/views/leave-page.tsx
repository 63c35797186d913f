import { CheckboxField } from '../../../ui/components/checkbox-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TMemberOrganization } from '../../organizations/index.ts';

/**
 * "Leave the alliance" (ADR 0048): what happens, said before it happens, and one confirmed POST. The
 * secretariat reads the same page when it ends a membership.
 */
export function LeavePage({
  ctx,
  organization,
  state,
  isSecretariat,
}: {
  ctx: TViewContext;
  organization: TMemberOrganization;
  state: TFormState;
  isSecretariat: boolean;
}) {
  const { t } = ctx;
  const form = 'leave';
  const base = ctx.href(`/members/${encodeURIComponent(organization.slug)}`);
  const name = <bdi>{organization.name}</bdi>;
  const title = t(isSecretariat ? 'membership.leave.titleSecretariat' : 'membership.leave.title');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{name}</p>
      {organization.isMember ? (
        <>
          <h2>{t('membership.leave.whatHappens')}</h2>
          <ul>
            <li>{t('membership.leave.directory')}</li>
            <li>{t('membership.leave.connections')}</li>
            <li>{t('membership.leave.history')}</li>
            <li>{t('membership.leave.people')}</li>
            <li>{t('membership.leave.again')}</li>
          </ul>
          <PostForm
            ctx={ctx}
            form={form}
            state={state}
            action={`${base}/leave`}
            class="stack"
            version={organization.version}
          >
            <CheckboxField
              ctx={ctx}
              form={form}
              name="confirm"
              label={t('membership.leave.confirm', { name: organization.name })}
              state={state}
            />
            <p>
              <button type="submit" class="danger">
                {t(isSecretariat ? 'membership.leave.submitSecretariat' : 'membership.leave.submit')}
              </button>{' '}
              <a href={`${base}/edit`}>{t('membership.leave.cancel')}</a>
            </p>
          </PostForm>
        </>
      ) : (
        <p role="status">{t('membership.leave.alreadyEnded')}</p>
      )}
    </Layout>
  );
}
