import type { TViewContext } from '../../../ui/view-context.ts';
import type { TListing } from '../connections.record.ts';
import { ListingCard } from './listing-card.tsx';

/** The organisation's open offers and needs, on its profile page. */
export function ProfileListings({ ctx, listings }: { ctx: TViewContext; listings: TListing[] }) {
  return (
    <>
      <h2 id="profile-connections">{ctx.t('connections.profile.title')}</h2>
      <ul class="cards" aria-labelledby="profile-connections">
        {listings.map((listing) => (
          <ListingCard ctx={ctx} listing={listing} />
        ))}
      </ul>
    </>
  );
}
