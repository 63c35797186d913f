import type { TViewContext } from '../../../ui/view-context.ts';
import { recordPath, recordTypeLabelKey } from '../../search/index.ts';
import type { THubHolding } from '../observatory-pages.service.ts';

/** What the hub holds about a country or region: counts per kind of record, commitments with progress, the newest records. */
export function HubHolding({
  ctx,
  holding,
  filter,
  name,
}: {
  ctx: TViewContext;
  holding: THubHolding;
  /** The search filter that lists the same records ("country=MX"). */
  filter: string;
  name: string;
}) {
  const { t, i18n } = ctx;
  return (
    <section aria-labelledby="hub-holding">
      <h2 id="hub-holding">{t('observatory.hub.title', { place: name })}</h2>
      {holding.total === 0 ? (
        <p>{t('observatory.hub.none', { place: name })}</p>
      ) : (
        <>
          <ul class="chips">
            {holding.byType.map((b) => (
              <li>
                <a href={ctx.href(`/search?${filter}&type=${encodeURIComponent(b.type)}`)}>
                  {t(recordTypeLabelKey(b.type))} <span class="count">({i18n.formatNumber(b.count)})</span>
                </a>
              </li>
            ))}
          </ul>
          {holding.commitments.length > 0 ? (
            <>
              <h3>{t('observatory.hub.commitments', { count: holding.commitmentTotal })}</h3>
              <ul>
                {holding.commitments.map((c) => (
                  <li>
                    <a href={ctx.href(`/commitments/${encodeURIComponent(c.slug)}`)}>
                      <bdi>{c.title}</bdi>
                    </a>{' '}
                    <span class="badge">
                      {c.progressPercent === null
                        ? t(`commitments.progress.${c.progressStatus ?? 'not_reported'}`)
                        : t('commitments.progress.withPercent', {
                            status: t(`commitments.progress.${c.progressStatus ?? 'not_reported'}`),
                            percent: c.progressPercent,
                          })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>{t('observatory.hub.recent')}</h3>
          <ul>
            {holding.recent.map((r) => (
              <li>
                <span class="muted">{t(recordTypeLabelKey(r.type))}:</span>{' '}
                <a href={ctx.href(recordPath(r.type, r.slug))} lang={r.language}>
                  <bdi>{r.title}</bdi>
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={ctx.href(`/search?${filter}`)}>{t('observatory.hub.all', { count: holding.total })}</a>
          </p>
        </>
      )}
    </section>
  );
}
