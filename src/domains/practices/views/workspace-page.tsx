import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPractice } from '../practice-record.ts';

/** A table of practices with their status: the curators' review queue, or a member's own practices. */
export function WorkspacePage({
  ctx,
  kind,
  practices,
}: {
  ctx: TViewContext;
  kind: 'review' | 'mine';
  practices: TPractice[];
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`practices.workspace.${kind}Title`)} isPrivate>
      <h1>{t(`practices.workspace.${kind}Title`)}</h1>
      {practices.length === 0 ? (
        <p>{t(`practices.workspace.${kind}Empty`)}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('practices.form.title')}</th>
                <th scope="col">{t('practices.workspace.status')}</th>
                <th scope="col">{t('practices.workspace.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {practices.map((p) => (
                <tr>
                  <td lang={p.language}>
                    <a href={ctx.href(`/practices/${encodeURIComponent(p.slug)}`)}>{p.title}</a>
                  </td>
                  <td>{t(`practices.status.${p.status}`)}</td>
                  <td>{ctx.i18n.formatDateTime(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={ctx.href('/practices/new')}>{t('practices.index.submit')}</a>
      </p>
    </Layout>
  );
}
