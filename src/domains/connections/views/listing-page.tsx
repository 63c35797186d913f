import { countryName, languageName } from '../../../i18n/names.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { countriesOf, type TMatch, topicsOf } from '../connection-matching.ts';
import type { TListing } from '../connections.record.ts';
import { closingReasons } from '../connections.schemas.ts';
import { ListingCard, listingPath } from './listing-card.tsx';

export type TListingState = 'listed' | 'expired' | 'closed_expired' | 'met' | 'withdrawn' | 'former_member';

/** One offer or need: what, about what, where, languages, until when; and the listings that fit it. */
export function ListingPage(props: {
  ctx: TViewContext;
  listing: TListing;
  state: TListingState;
  matches: TMatch[];
  canEdit: boolean;
  canClose: boolean;
}) {
  const { ctx, listing } = props;
  const { t, locale } = ctx;
  const title = listing.title;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const places = [
    ...countriesOf(listing).map((code) => countryName(locale, code)),
    ...listing.regions.map((id) => regionLabel(ctx.i18n, id)),
    ...(listing.isAnywhere ? [t('connections.anywhere')] : []),
  ];
  const matchesTitle = t(
    listing.kind === 'offer' ? 'connections.matches.needs' : 'connections.matches.offers',
  );
  return (
    <Layout ctx={ctx} title={title} description={t(`connections.kind.${listing.kind}`)}>
      <p class="hint">
        <span class={`badge ${listing.kind}`}>{t(`connections.kind.${listing.kind}`)}</span> ·{' '}
        {t(`connections.help.${listing.helpKind}`)}
      </p>
      <h1 lang={listing.language} dir="auto">
        {title}
      </h1>
      {props.state !== 'listed' ? (
        <p class="badge warn" role="status">
          {t(`connections.state.${props.state}`)}
        </p>
      ) : null}
      <p>
        {t(listing.kind === 'offer' ? 'connections.offeredBy' : 'connections.neededBy')}{' '}
        <a href={ctx.href(`/members/${encodeURIComponent(listing.organization.slug)}`)}>
          <bdi>{listing.organization.name}</bdi>
        </a>
      </p>
      <div
        class="prose"
        lang={listing.language}
        dir="auto"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(listing.description) }}
      />
      <dl class="facts">
        <dt>{t('connections.field.concepts')}</dt>
        <dd>{list(topicsOf(listing).map((id) => conceptLabel(id, locale))) || t('connections.none')}</dd>
        <dt>{t('connections.field.where')}</dt>
        <dd>{list(places) || t('connections.none')}</dd>
        <dt>{t('connections.field.workingLanguages')}</dt>
        <dd>{list(listing.workingLanguages.map((tag) => languageName(locale, tag)))}</dd>
        <dt>{t('connections.field.openUntil')}</dt>
        <dd>
          {listing.openUntil ? ctx.i18n.formatDate(listing.openUntil, 'long') : t('connections.untilClosed')}
        </dd>
      </dl>
      {props.state === 'listed' && !props.canEdit ? (
        <p>
          <a class="button" href={ctx.href(`${listingPath(listing)}/introduction`)}>
            {t('connections.introduction.ask')}
          </a>
        </p>
      ) : null}
      {props.canEdit || props.canClose ? (
        <section aria-labelledby="manage-title" class="stack">
          <h2 id="manage-title">{t('connections.manage')}</h2>
          {props.canEdit ? (
            <p>
              <a class="button" href={ctx.href(`${listingPath(listing)}/edit`)}>
                {t('connections.edit')}
              </a>
            </p>
          ) : null}
          {props.canClose ? (
            <form novalidate method="post" action={ctx.href(`${listingPath(listing)}/close`)} class="stack">
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(listing.version)} />
              <fieldset>
                <legend>{t('connections.close.legend')}</legend>
                {closingReasons.map((reason, index) => (
                  <p>
                    <input
                      type="radio"
                      id={`close-${reason}`}
                      name="reason"
                      value={reason}
                      checked={index === 0}
                    />{' '}
                    <label for={`close-${reason}`}>{t(`connections.close.${listing.kind}.${reason}`)}</label>
                  </p>
                ))}
              </fieldset>
              <p>
                <button type="submit">{t('connections.close.submit')}</button>
              </p>
            </form>
          ) : null}
        </section>
      ) : null}
      {props.state === 'listed' ? (
        <section aria-labelledby="matches-title">
          <h2 id="matches-title">{matchesTitle}</h2>
          {props.matches.length === 0 ? <p>{t('connections.matches.none')}</p> : null}
          <ol class="cards matches">
            {props.matches.map((match) => (
              <ListingCard ctx={ctx} listing={match.listing} match={match} />
            ))}
          </ol>
        </section>
      ) : null}
    </Layout>
  );
}
