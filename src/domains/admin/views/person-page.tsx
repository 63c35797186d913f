import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { platformRoles } from '../../accounts/index.ts';
import type { TAuditView, TPersonSummary } from '../admin.service.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { AuditTable } from './audit-table.tsx';

type TPersonPageProps = {
  ctx: TViewContext;
  person: TPersonSummary;
  history: readonly TAuditView[];
  /** A message key when the last change was refused (e.g. removing the last admin). */
  error?: string | undefined;
};

export function PersonPage({ ctx, person, history, error }: TPersonPageProps) {
  const { t, i18n } = ctx;
  const base = `/admin/people/${person.id}/roles`;
  return (
    <Layout ctx={ctx} title={person.name} isPrivate>
      <AdminBackLink ctx={ctx} />
      <p>
        <a href={ctx.href('/admin/people')}>{t('admin.people.back')}</a>
      </p>
      <h1>{person.name}</h1>
      {error ? (
        <p class="notice error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <dl class="facts">
        <div>
          <dt>{t('accounts.field.email')}</dt>
          <dd>{person.email}</dd>
        </div>
        <div>
          <dt>{t('accounts.account.verification')}</dt>
          <dd>{person.isVerified ? t('admin.people.verified') : t('admin.people.unverified')}</dd>
        </div>
        <div>
          <dt>{t('admin.people.joined')}</dt>
          <dd>
            <time datetime={person.createdAt}>{i18n.formatDateTime(person.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('admin.people.roles')}</h2>
        <div class="table-wrap">
          <table>
            <tbody>
              {platformRoles.map((role) => {
                const isHeld = person.roles.includes(role);
                return (
                  <tr>
                    <th scope="row">{t(`accounts.role.${role}`)}</th>
                    <td>{t(`accounts.roleDescription.${role}`)}</td>
                    <td>{isHeld ? <span class="badge">{t('admin.people.roleHeld')}</span> : null}</td>
                    <td>
                      <form
                        novalidate
                        method="post"
                        action={ctx.href(`${base}/${isHeld ? 'revoke' : 'grant'}`)}
                      >
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
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('admin.people.history')}</h2>
        <AuditTable ctx={ctx} entries={history} />
      </section>
    </Layout>
  );
}
