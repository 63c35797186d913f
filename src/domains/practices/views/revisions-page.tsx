import { DataTable } from '../../../ui/components/data-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRevisionsView } from '../practice-revisions.service.ts';

/** The saved versions of a practice and, below, what changed between the two chosen. */
export function RevisionsPage({ ctx, view }: { ctx: TViewContext; view: TRevisionsView }) {
  const { t } = ctx;
  const { practice, revisions, from, to, diff } = view;
  const path = ctx.href(`/practices/${encodeURIComponent(practice.slug)}/revisions`);
  /** One end of the comparison: a list of the saved versions, the chosen one selected. */
  const versionChoice = (name: 'from' | 'to', chosen: number | null) => (
    <div class="field">
      <label for={`rev-${name}`}>{t(`practices.revisions.${name}`)}</label>
      <select id={`rev-${name}`} name={name}>
        {revisions.map((r) => (
          <option value={String(r.version)} selected={r.version === chosen}>
            {t('practices.revisions.version', { version: r.version })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Layout ctx={ctx} title={t('practices.revisions.title')} isPrivate>
      <h1>{t('practices.revisions.title')}</h1>
      <p class="lead">
        <a href={ctx.href(`/practices/${encodeURIComponent(practice.slug)}`)}>{practice.title}</a>
      </p>
      <DataTable
        headers={[
          t('practices.revisions.versionColumn'),
          t('practices.revisions.when'),
          t('practices.revisions.who'),
          t('practices.revisions.note'),
        ]}
        items={revisions}
        row={(r) => (
          <>
            <td>{r.version}</td>
            <td>{ctx.i18n.formatDateTime(r.createdAt)}</td>
            <td>{r.actorName ?? '—'}</td>
            <td>{r.note ?? ''}</td>
          </>
        )}
      />
      <form novalidate method="get" action={path} class="inline-form">
        {versionChoice('from', from)}
        {versionChoice('to', to)}
        <button type="submit" class="secondary">
          {t('practices.revisions.compare')}
        </button>
      </form>
      <h2>{t('practices.revisions.changes', { from: from ?? 0, to: to ?? 0 })}</h2>
      {diff.length === 0 ? <p>{t('practices.revisions.noChanges')}</p> : null}
      {diff.map((d) => (
        <section class="diff">
          <h3>{t(`practices.field.${d.field}`)}</h3>
          <ul class="diff-lines">
            {d.lines.map((line) => (
              <li class={line.kind}>
                <span class="visually-hidden">{t(`practices.revisions.${line.kind}`)}</span>
                {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : '  '}
                {line.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
