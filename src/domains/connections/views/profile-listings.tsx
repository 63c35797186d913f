import type { TDeps } from '../../../deps.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TListing } from '../connections.record.ts';
import { listedListingsOf } from '../connections.service.ts';
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

/** The profile section: null when the organisation has no open offer or need. */
export async function renderOrganizationListings(deps: TDeps, ctx: TViewContext, organizationId: string) {
  const listings = await listedListingsOf(deps, organizationId);
  return listings.length > 0 ? <ProfileListings ctx={ctx} listings={listings} /> : null;
}
