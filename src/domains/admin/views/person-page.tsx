import { FactList } from '../../../ui/components/fact-list.tsx';
import { CsrfField } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { platformRoles } from '../../accounts/index.ts';
import type { TAuditView, TPersonSummary } from '../admin.service.ts';
import { AdminPage, DateTimeText } from './admin-page.tsx';
import { AuditTable } from './audit-table.tsx';

type TPersonPageProps = {
  ctx: TViewContext;
  person: TPersonSummary;
  history: readonly TAuditView[];
  /** A message key when the last change was refused (e.g. removing the last admin). */
  error?: string | undefined;
};

export function PersonPage({ ctx, person, history, error }: TPersonPageProps) {
  const { t } = ctx;
  return (
    <AdminPage ctx={ctx} title={person.name} list={{ path: '/admin/people', back: t('admin.people.back') }}>
      {error ? (
        <p class="notice error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <FactList
        facts={[
          { label: t('accounts.field.email'), value: person.email },
          {
            label: t('accounts.account.verification'),
            value: person.isVerified ? t('admin.people.verified') : t('admin.people.unverified'),
          },
          { label: t('admin.people.joined'), value: <DateTimeText ctx={ctx} at={person.createdAt} /> },
        ]}
      />
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('admin.people.roles')}</h2>
        <div class="table-wrap">
          <table>
            <tbody>
              {platformRoles.map((role) => (
                <RoleRow ctx={ctx} person={person} role={role} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('admin.people.history')}</h2>
        <AuditTable ctx={ctx} entries={history} />
      </section>
    </AdminPage>
  );
}

/** A platform role: what it allows, whether the person holds it, and the button that grants or revokes it. */
function RoleRow({ ctx, person, role }: { ctx: TViewContext; person: TPersonSummary; role: string }) {
  const isHeld = person.roles.includes(role);
  const action = `/admin/people/${person.id}/roles/${isHeld ? 'revoke' : 'grant'}`;
  const { t } = ctx;
  return (
    <tr>
      <th scope="row">{t(`accounts.role.${role}`)}</th>
      <td>{t(`accounts.roleDescription.${role}`)}</td>
      <td>{isHeld ? <span class="badge">{t('admin.people.roleHeld')}</span> : null}</td>
      <td>
        <form novalidate method="post" action={ctx.href(action)}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="role" value={role} />
          <button type="submit" class={isHeld ? 'secondary' : undefined}>
            {isHeld
              ? t('admin.people.revoke', { role: t(`accounts.role.${role}`) })
              : t('admin.people.grant', { role: t(`accounts.role.${role}`) })}
          </button>
        </form>
      </td>
    </tr>
  );
}
