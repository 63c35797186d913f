import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TAdminSection } from '../admin.service.ts';

/** Where each section lives: most under /admin, the Care Champion criteria with the member directory. */
const sectionPaths: Record<TAdminSection, string> = {
  applications: '/admin/applications',
  people: '/admin/people',
  audit: '/admin/audit',
  outbox: '/admin/outbox',
  champions: '/members/champions/criteria',
  indicators: '/admin/indicators',
  places: '/admin/places',
  imports: '/imports',
  texts: '/admin/texts',
};

export function AdminIndexPage({ ctx, sections }: { ctx: TViewContext; sections: readonly TAdminSection[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.index.title')} isPrivate>
      <h1>{t('admin.index.title')}</h1>
      {sections.length === 0 ? (
        <p class="lead">{t('admin.index.nothingYet')}</p>
      ) : (
        <ul class="cards">
          {sections.map((section) => (
            <li class="card">
              <h2>
                <a href={ctx.href(sectionPaths[section])}>{t(`admin.${section}.title`)}</a>
              </h2>
              <p>{t(`admin.${section}.summary`)}</p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The link back to the administration index, above each admin page's heading. */
export function AdminBackLink({ ctx }: { ctx: TViewContext }) {
  return (
    <p class="no-print">
      <a href={ctx.href('/admin')}>{ctx.t('admin.index.back')}</a>
    </p>
  );
}
