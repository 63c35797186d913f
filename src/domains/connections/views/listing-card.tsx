import type { TViewContext } from '../../../ui/view-context.ts';
import type { TMatch } from '../connection-matching.ts';
import type { TListing } from '../connections.record.ts';
import { MatchLine } from './match-line.tsx';

export function listingPath(listing: Pick<TListing, 'kind' | 'id'>): string {
  return `/connections/${listing.kind === 'offer' ? 'offers' : 'needs'}/${listing.id}`;
}

/** A listing in a list: offer or need, the kind of help, the title, the organisation. */
export function ListingCard({
  ctx,
  listing,
  match,
  headingLevel = 3,
}: {
  ctx: TViewContext;
  listing: TListing;
  match?: TMatch | undefined;
  headingLevel?: 3 | 4;
}) {
  const { t } = ctx;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li class="card">
      <p class="hint">
        <span class={`badge ${listing.kind}`}>{t(`connections.kind.${listing.kind}`)}</span> ·{' '}
        {t(`connections.help.${listing.helpKind}`)}
      </p>
      <Heading>
        <a href={ctx.href(listingPath(listing))} lang={listing.language} dir="auto">
          {listing.title}
        </a>
      </Heading>
      <p class="hint">
        <bdi>{listing.organization.name}</bdi>
        {listing.openUntil ? (
          <> · {t('connections.until', { date: ctx.i18n.formatDate(listing.openUntil, 'long') })}</>
        ) : null}
      </p>
      {match ? <MatchLine ctx={ctx} explanation={match.explanation} /> : null}
    </li>
  );
}
