import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { campaignText } from '../campaign-display.ts';
import type { TCampaign } from '../campaigns.record.ts';

/** Campaigns: running ones first, each with its call to action and how many organisations endorse it. */
export function CampaignsIndexPage({
  ctx,
  items,
  drafts,
  canCreate,
}: {
  ctx: TViewContext;
  items: TCampaign[];
  drafts: TCampaign[];
  canCreate: boolean;
}) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaigns.title')} description={t('campaigns.lead')}>
      <h1>{t('campaigns.title')}</h1>
      <p class="lead">{t('campaigns.lead')}</p>
      {canCreate ? (
        <p>
          <a class="button" href={ctx.href('/campaigns/new')}>
            {t('campaigns.create')}
          </a>
        </p>
      ) : null}
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('campaigns.drafts')}</h2>
          <ul>
            {drafts.map((c) => (
              <li>
                <a href={ctx.href(`/campaigns/${encodeURIComponent(c.slug)}`)}>{c.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {items.length === 0 ? <p>{t('campaigns.empty')}</p> : null}
      <ul class="cards">
        {items.map((c) => {
          const text = campaignText(c, locale);
          return (
            <li class="card">
              <p class="badges">
                <span class="badge">{t(`campaigns.scope.${c.scope}`)}</span>{' '}
                {c.status === 'closed' ? (
                  <span class="badge warn">{t('campaigns.status.closed')}</span>
                ) : null}
              </p>
              <h2>
                <a href={ctx.href(`/campaigns/${encodeURIComponent(c.slug)}`)} lang={text.language}>
                  {text.title}
                </a>
              </h2>
              <p lang={text.language}>{text.callToAction}</p>
              <p class="hint">{t('campaigns.endorsedBy', { count: c.endorsementCount })}</p>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
