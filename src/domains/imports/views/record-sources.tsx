import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRecordSource } from '../import-sources.service.ts';

/**
 * The documents a record was made or updated from, on the record's page (docs/adr/0082): each with its
 * kind, whether everyone or only the record's reviewers see it, and, for a curator, the switch.
 */
export function RecordSources({ ctx, sources }: { ctx: TViewContext; sources: readonly TRecordSource[] }) {
  const { t } = ctx;
  return (
    <section class="panel record-sources no-print" aria-labelledby="record-sources-title">
      <h2 id="record-sources-title">{t('imports.sources.title')}</h2>
      <ul>
        {sources.map(({ item, canSetVisibility }) => (
          <li>
            <a href={ctx.href(`/imports/${encodeURIComponent(item.id)}/source`)}>
              <bdi dir="auto">{item.fileName ?? (item.title || t('imports.untitled'))}</bdi>
            </a>{' '}
            ({t(`imports.source.${item.sourceKind}`)}){' '}
            <span class="badge">
              {item.isSourcePublic ? t('imports.sources.public') : t('imports.sources.private')}
            </span>
            {canSetVisibility ? (
              <form
                method="post"
                action={ctx.href(`/imports/${encodeURIComponent(item.id)}/source-visibility`)}
                class="inline-form"
              >
                <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                <input type="hidden" name="public" value={item.isSourcePublic ? 'no' : 'yes'} />
                <button type="submit" class="secondary">
                  {item.isSourcePublic ? t('imports.sources.makePrivate') : t('imports.sources.makePublic')}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {sources.some((s) => !s.item.isSourcePublic) ? (
        <p class="hint">{t('imports.sources.privateHint')}</p>
      ) : null}
    </section>
  );
}
