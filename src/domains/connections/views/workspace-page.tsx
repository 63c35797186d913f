import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TSuggestions } from '../connection-matches.service.ts';
import type { TIntroduction, TListing } from '../connections.record.ts';
import { ListingCard, listingPath } from './listing-card.tsx';
import type { TListingState } from './listing-page.tsx';

/** My connections: suggestions for each open listing of my organisations, and all their listings. */
export function WorkspacePage(props: {
  ctx: TViewContext;
  suggestions: TSuggestions;
  listings: { listing: TListing; state: TListingState }[];
  canCreate: boolean;
  isWeeklyOn: boolean;
  introductions: { intro: TIntroduction; state: string; isToAnswer: boolean }[];
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('connections.workspace.title')} isPrivate>
      <h1>{t('connections.workspace.title')}</h1>
      {props.canCreate ? (
        <p class="actions">
          <a class="button" href={ctx.href('/connections/offers/new')}>
            {t('connections.publishOffer')}
          </a>{' '}
          <a class="button" href={ctx.href('/connections/needs/new')}>
            {t('connections.publishNeed')}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="introductions-title">
        <h2 id="introductions-title">{t('connections.workspace.introductions')}</h2>
        {props.introductions.length === 0 ? <p>{t('connections.workspace.noIntroductions')}</p> : null}
        <ul>
          {props.introductions.map(({ intro, state, isToAnswer }) => (
            <li>
              <a href={ctx.href(`/workspace/connections/introductions/${intro.id}`)}>
                <bdi>{intro.requester.name}</bdi> → <bdi>{intro.receiver.name}</bdi>
              </a>
              : <bdi>{intro.subjectTitle}</bdi> ({t(`connections.thread.state.${state}`)})
              {isToAnswer ? <strong> {t('connections.workspace.toAnswer')}</strong> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="suggested-title">
        <h2 id="suggested-title">{t('connections.workspace.suggested')}</h2>
        {props.suggestions.length === 0 ? <p>{t('connections.workspace.noListings')}</p> : null}
        {props.suggestions.map(({ listing, matches }) => (
          <article class="stack" aria-labelledby={`for-${listing.id}`}>
            <h3 id={`for-${listing.id}`}>
              {t(`connections.workspace.for.${listing.kind}`)}{' '}
              <a href={ctx.href(listingPath(listing))} lang={listing.language} dir="auto">
                {listing.title}
              </a>
            </h3>
            {matches.length === 0 ? <p>{t('connections.matches.none')}</p> : null}
            <ol class="cards matches">
              {matches.map((match) => (
                <ListingCard ctx={ctx} listing={match.listing} match={match} headingLevel={4} />
              ))}
            </ol>
          </article>
        ))}
      </section>
      <section aria-labelledby="weekly-title">
        <h2 id="weekly-title">{t('connections.weekly.title')}</h2>
        <p>{t(props.isWeeklyOn ? 'connections.weekly.isOn' : 'connections.weekly.isOff')}</p>
        <form method="post" action={ctx.href('/workspace/connections/weekly')}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="weekly" value={props.isWeeklyOn ? 'off' : 'on'} />
          <button type="submit" class="secondary">
            {t(props.isWeeklyOn ? 'connections.weekly.stop' : 'connections.weekly.start')}
          </button>
        </form>
      </section>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('connections.workspace.mine')}</h2>
        {props.listings.length === 0 ? <p>{t('connections.workspace.noListings')}</p> : null}
        <ul>
          {props.listings.map(({ listing, state }) => (
            <li>
              <a href={ctx.href(listingPath(listing))} lang={listing.language} dir="auto">
                {listing.title}
              </a>{' '}
              ({t(`connections.kind.${listing.kind}`)}, <bdi>{listing.organization.name}</bdi>,{' '}
              {t(`connections.state.${state}`)})
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
