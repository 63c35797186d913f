import type { Child } from 'hono/jsx';
import { assetUrl } from '../../../ui/assets.ts';
import { PageText } from '../../../ui/components/page-text.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { worldMapImageHeight, worldMapImageWidth } from '../../organizations/index.ts';
import type { THomeContent, THomeFigures } from '../home.service.ts';
import { CampaignTeaserCard, EventTeaserCard, NewsTeaserCard, PracticeTeaserCard } from './home-lists.tsx';

/** What each offer promises, and the page that keeps the promise. */
const offers = [
  ['share', '/practices/new'],
  ['learn', '/practices'],
  ['champion', '/members/champions'],
  ['campaign', '/campaigns'],
  ['connect', '/connections'],
  ['repository', '/search'],
  ['sdg', '/data'],
  ['dialogue', '/communities'],
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

export function HomePage({ ctx, content }: { ctx: TViewContext; content: THomeContent }) {
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
          <h1 id="home-title">
            <PageText ctx={ctx} name="home.heading" />
          </h1>
          <p class="lead">
            <PageText ctx={ctx} name="home.lead" />
          </p>
          <p>
            <a class="button" href={ctx.href('/join')}>
              {t('home.cta.join')}
            </a>{' '}
            <a class="button secondary" href={ctx.href('/practices')}>
              {t('home.cta.explore')}
            </a>
          </p>
          <Figures ctx={ctx} figures={content.figures} />
        </div>
      </section>
      <HomeSection
        ctx={ctx}
        id="practices"
        more={['/practices', 'home.practices.all']}
        isEmpty={content.practices.featured.length + content.practices.newest.length === 0}
      >
        {content.practices.featured.length > 0 ? (
          <>
            <h3 class="subheading">{t('home.practices.featured')}</h3>
            <ul class="cards">
              {content.practices.featured.map((p) => (
                <PracticeTeaserCard ctx={ctx} practice={p} level={4} />
              ))}
            </ul>
          </>
        ) : null}
        {content.practices.newest.length > 0 ? (
          <>
            <h3 class="subheading">{t('home.practices.newest')}</h3>
            <ul class="cards">
              {content.practices.newest.map((p) => (
                <PracticeTeaserCard ctx={ctx} practice={p} level={4} />
              ))}
            </ul>
          </>
        ) : null}
      </HomeSection>
      <HomeSection
        ctx={ctx}
        id="events"
        more={['/events', 'home.events.all']}
        isEmpty={content.events.length === 0}
      >
        <ul class="cards">
          {content.events.map((e) => (
            <EventTeaserCard ctx={ctx} event={e} />
          ))}
        </ul>
        <p class="hint">
          <a href={`${ctx.href('/time-zone')}?back=${encodeURIComponent(ctx.href('/'))}`}>
            {t('events.time.change')}
          </a>
        </p>
      </HomeSection>
      <HomeSection ctx={ctx} id="news" more={['/news', 'home.news.all']} isEmpty={content.news.length === 0}>
        <ul class="cards">
          {content.news.map((a) => (
            <NewsTeaserCard ctx={ctx} article={a} />
          ))}
        </ul>
      </HomeSection>
      <HomeSection
        ctx={ctx}
        id="campaigns"
        more={['/campaigns', 'home.campaigns.all']}
        isEmpty={content.campaigns.length === 0}
      >
        <ul class="cards">
          {content.campaigns.map((c) => (
            <CampaignTeaserCard ctx={ctx} campaign={c} />
          ))}
        </ul>
      </HomeSection>
      <HomeSection ctx={ctx} id="map" more={['/members/map', 'home.map.all']} isEmpty={false}>
        <figure class="home-map">
          <a href={ctx.href('/members/map')}>
            <img
              src={ctx.href(content.mapImagePath)}
              width={worldMapImageWidth}
              height={worldMapImageHeight}
              alt={t('home.map.alt', {
                members: content.figures.members,
                countries: content.figures.countries,
              })}
              loading="lazy"
              decoding="async"
            />
          </a>
        </figure>
      </HomeSection>
      <section aria-labelledby="why-title">
        <h2 id="why-title">
          <PageText ctx={ctx} name="home.why.title" />
        </h2>
        <p>
          <PageText ctx={ctx} name="home.why.body" />
        </p>
      </section>
      <section aria-labelledby="offers-title">
        <h2 id="offers-title">
          <PageText ctx={ctx} name="home.offers.title" />
        </h2>
        <ul class="cards offers">
          {offers.map(([key, path]) => (
            <li class="card">
              <h3>
                <a href={ctx.href(path)}>
                  <PageText ctx={ctx} name={`home.offers.${key}.title`} />
                </a>
              </h3>
              <p>
                <PageText ctx={ctx} name={`home.offers.${key}.body`} />
              </p>
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
        <h2 id="join-title">
          <PageText ctx={ctx} name="home.join.title" />
        </h2>
        <p>
          <PageText ctx={ctx} name="home.join.body" />
        </p>
        <p>
          <a class="button" href={ctx.href('/join')}>
            {t('home.cta.join')}
          </a>
        </p>
      </section>
      <script src={assetUrl('time-zone.js')} defer />
    </Layout>
  );
}

/** A section of live content: its heading, its cards (or a line saying there is nothing yet), and a link to all. */
function HomeSection({
  ctx,
  id,
  more,
  isEmpty,
  children,
}: {
  ctx: TViewContext;
  id: 'practices' | 'events' | 'news' | 'campaigns' | 'map';
  more: readonly [path: string, key: string];
  isEmpty: boolean;
  children?: Child;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby={`home-${id}-title`} class="home-section">
      <h2 id={`home-${id}-title`}>{t(`home.${id}.title`)}</h2>
      {isEmpty ? <p>{t(`home.${id}.none`)}</p> : children}
      <p class="more">
        <a href={ctx.href(more[0])}>{t(more[1])}</a>
      </p>
    </section>
  );
}

/** The alliance in numbers; each figure links to the list it counts. */
function Figures({ ctx, figures }: { ctx: TViewContext; figures: THomeFigures }) {
  const { t, i18n } = ctx;
  const rows: readonly [keyof THomeFigures, string | null][] = [
    ['members', '/members'],
    ['countries', '/members/map'],
    ['practices', '/practices'],
    ['upcomingEvents', '/events'],
    ['openCampaigns', '/campaigns'],
    ['communities', '/communities'],
    ['discussions', null],
  ];
  return (
    <section aria-labelledby="home-figures-title">
      <h2 id="home-figures-title" class="visually-hidden">
        {t('home.figures.title')}
      </h2>
      <dl class="stats">
        {rows.map(([key, path]) => {
          const label = t(`home.figures.${key}Label`, { count: figures[key] });
          return (
            <div>
              <dt>{path ? <a href={ctx.href(path)}>{label}</a> : label}</dt>
              <dd>{i18n.formatNumber(figures[key])}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
