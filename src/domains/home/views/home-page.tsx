import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { THomeFigures } from '../home.service.ts';

const offerKeys = [
  'share',
  'learn',
  'champion',
  'campaign',
  'connect',
  'repository',
  'sdg',
  'dialogue',
] as const;
const joinerKeys = [
  'governments',
  'agencies',
  'privateSector',
  'philanthropy',
  'academia',
  'youthFeminist',
  'civilSociety',
] as const;

export function HomePage({ ctx, figures }: { ctx: TViewContext; figures: THomeFigures }) {
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('home.title')}
      structuredData={[
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t('common.siteName'),
          inLanguage: ctx.locale,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${ctx.href('/search')}?q={query}`,
            'query-input': 'required name=query',
          },
        },
      ]}
    >
      <section class="hero" aria-labelledby="home-title">
        <div>
          <h1 id="home-title">{t('home.heading')}</h1>
          <p class="lead">{t('home.lead')}</p>
          <p>
            <a class="button" href={ctx.href('/join')}>
              {t('home.cta.join')}
            </a>{' '}
            <a class="button secondary" href={ctx.href('/practices')}>
              {t('home.cta.explore')}
            </a>
          </p>
          <dl class="stats">
            <div>
              <dt>{t('home.figures.membersLabel', { count: figures.members })}</dt>
              <dd>{ctx.i18n.formatNumber(figures.members)}</dd>
            </div>
            <div>
              <dt>{t('home.figures.countriesLabel', { count: figures.countries })}</dt>
              <dd>{ctx.i18n.formatNumber(figures.countries)}</dd>
            </div>
            <div>
              <dt>
                <a href={ctx.href('/communities')}>
                  {t('home.figures.communitiesLabel', { count: figures.communities })}
                </a>
              </dt>
              <dd>{ctx.i18n.formatNumber(figures.communities)}</dd>
            </div>
            <div>
              <dt>{t('home.figures.discussionsLabel', { count: figures.discussions })}</dt>
              <dd>{ctx.i18n.formatNumber(figures.discussions)}</dd>
            </div>
          </dl>
        </div>
      </section>
      <section aria-labelledby="why-title">
        <h2 id="why-title">{t('home.why.title')}</h2>
        <p>{t('home.why.body')}</p>
      </section>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title">{t('home.offers.title')}</h2>
        <ul class="cards">
          {offerKeys.map((key) => (
            <li class="card">
              <h3>{t(`home.offers.${key}.title`)}</h3>
              <p>{t(`home.offers.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('home.who.title')}</h2>
        <ul>
          {joinerKeys.map((key) => (
            <li>{t(`home.who.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="commit-title">
        <h2 id="commit-title">{t('home.commitments.title')}</h2>
        <p>{t('home.commitments.body', { start: 2021, end: 2026 })}</p>
      </section>
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('home.join.title')}</h2>
        <p>{t('home.join.body')}</p>
        <p>
          <a class="button" href={ctx.href('/join')}>
            {t('home.cta.join')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
