import { DataTable } from '../../../ui/components/data-table.tsx';
import { CsrfField, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { organizationRoles } from '../organizations.policy.ts';
import type { TOrganizationRecord } from '../organizations.record.ts';
import { displayName } from '../organizations.service.ts';

type TPerson = { userId: string; name: string; email: string; role: string };
type TInvitation = { id: string; email: string; role: string; expiresAt: string };

/** An organisation's people and open invitations, for its owners. */
export function PeoplePage(props: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  people: TPerson[];
  invitations: TInvitation[];
  state: TFormState;
}) {
  const { ctx, organization } = props;
  const { t, i18n } = ctx;
  const base = ctx.href(`/members/${encodeURIComponent(organization.slug)}`);
  const name = displayName(organization, ctx.locale);
  return (
    <Layout ctx={ctx} title={t('organizations.people.title', { name })} isPrivate>
      <p>
        <a href={base}>{t('organizations.edit.backToProfile')}</a>
      </p>
      <h1>{t('organizations.people.title', { name })}</h1>
      <DataTable
        headers={[
          t('membership.field.contactName'),
          t('membership.field.contactEmail'),
          t('organizations.people.role'),
          t('organizations.people.actions'),
        ]}
        items={props.people}
        row={(p) => (
          <>
            <td>{p.name}</td>
            <td>{p.email}</td>
            <td>{t(`organizations.role.${p.role}`)}</td>
            <td>
              <form novalidate method="post" action={`${base}/people/${p.userId}/remove`}>
                <CsrfField ctx={ctx} />
                <button type="submit" class="link">
                  {t('organizations.people.remove', { name: p.name })}
                </button>
              </form>
            </td>
          </>
        )}
      />
      {props.invitations.length > 0 ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('organizations.people.invitationsTitle')}</h2>
          <ul>
            {props.invitations.map((i) => (
              <li>
                {t('organizations.people.invitation', {
                  email: i.email,
                  role: t(`organizations.role.${i.role}`),
                  date: i18n.formatDate(i.expiresAt),
                })}{' '}
                <form novalidate method="post" action={`${base}/invitations/${i.id}/revoke`} class="inline">
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="link">
                    {t('organizations.people.revoke')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t('organizations.people.inviteTitle')}</h2>
        <PostForm ctx={ctx} form="invite" state={props.state} action={`${base}/people/invite`} class="stack">
          <TextField
            ctx={ctx}
            form="invite"
            name="email"
            type="email"
            label={t('membership.field.contactEmail')}
            state={props.state}
            isRequired
            maxLength={254}
          />
          <SelectField
            ctx={ctx}
            form="invite"
            name="role"
            label={t('organizations.people.role')}
            hint={t('organizations.people.roleHint')}
            state={props.state}
            placeholder={t('organizations.form.choose')}
            options={organizationRoles.map((r) => ({ value: r, label: t(`organizations.role.${r}`) }))}
          />
          <button type="submit">{t('organizations.people.invite')}</button>
        </PostForm>
      </section>
    </Layout>
  );
}

/** The page an invitation link opens. */
export function InvitationPage(props: {
  ctx: TViewContext;
  invitation: { organizationName: string; role: string; email: string } | undefined;
  token: string;
}) {
  const { ctx, invitation } = props;
  const { t } = ctx;
  if (!invitation) {
    return (
      <Layout ctx={ctx} title={t('organizations.invitation.invalidTitle')} isPrivate>
        <h1>{t('organizations.invitation.invalidTitle')}</h1>
        <p>{t('organizations.invitation.invalidBody')}</p>
      </Layout>
    );
  }
  return (
    <Layout
      ctx={ctx}
      title={t('organizations.invitation.title', { organization: invitation.organizationName })}
      isPrivate
    >
      <h1>{t('organizations.invitation.title', { organization: invitation.organizationName })}</h1>
      <p>
        {t('organizations.invitation.body', {
          organization: invitation.organizationName,
          role: t(`organizations.role.${invitation.role}`),
          email: invitation.email,
        })}
      </p>
      <form novalidate method="post" action={ctx.href(`/invitations/${props.token}`)}>
        <CsrfField ctx={ctx} />
        <button type="submit">{t('organizations.invitation.accept')}</button>
      </form>
    </Layout>
  );
}
