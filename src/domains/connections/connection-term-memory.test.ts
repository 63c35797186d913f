import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../../test/support/accounts.ts';
import { writeListingDirectly } from '../../../test/support/connections.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { makeActor, type TActor } from '../../core/actor.ts';
import { deliverChange, deliverForgetEverything } from '../../platform/change-feed.ts';
import { findMatches, suggestionsFor } from './connection-matches.service.ts';
import { termMemory } from './connection-term-memory.ts';
import { findListing, setTermsOpen } from './connections.repository.ts';
import type { TListingKind } from './connections.schemas.ts';
import { closeListing, publishListing } from './connections.service.ts';

/**
 * The term memory that matches are found through (ADR 0044): this node's writes are seen at once; a
 * write another node announces is seen at the next match, and only then; a node that may have missed
 * announcements reads everything again.
 */
describe(`connections: the matching term memory follows every write (${testDialect})`, () => {
  let t: TTestApp;
  let university: { id: string };
  let ministry: { id: string };
  let owner: TActor;

  const input = (organizationId: string, title: string, description: string) => ({
    organizationId,
    helpKind: 'expertise' as const,
    title,
    description,
    language: 'en',
    concepts: ['theme:time_use_data'],
    countries: [],
    regions: [],
    isAnywhere: true,
    workingLanguages: ['en'],
  });

  /** A listing written straight into the database, as another node would (this node is not told). */
  const writtenElsewhere = (kind: TListingKind, organizationId: string, title: string) =>
    writeListingDirectly(t.deps, kind, input(organizationId, title, 'A national time-use survey.'));

  before(async () => {
    t = await createTestApp();
    university = await createOrganization(t.deps, { stakeholderType: 'academia', countries: ['PL'] });
    ministry = await createOrganization(t.deps, {
      stakeholderType: 'national_government',
      countries: ['OM'],
    });
    const user = await createUser(t.deps);
    owner = makeActor(user.id, [], [[university.id, 'owner']]);
  });
  after(async () => {
    await t.close();
  });

  it('sees a listing this node publishes at once, and forgets it when closed', async () => {
    const needId = await writtenElsewhere('need', ministry.id, 'Time-use survey design');
    deliverChange({ topic: 'connection-listings', ids: [needId] });
    const offerId = await publishListing(
      t.deps,
      owner,
      'offer',
      input(university.id, 'Survey methods for time use', 'We design time-use surveys.'),
    );
    const need = await findListing(t.deps.db, needId);
    assert.ok(need);
    assert.deepEqual(
      (await findMatches(t.deps, need)).map((m) => m.listing.id),
      [offerId],
    );
    const suggested = await suggestionsFor(t.deps, owner);
    assert.deepEqual(
      suggested.map((s) => [s.listing.id, s.matches.map((m) => m.listing.id)]),
      [[offerId, [needId]]],
    );
    const offer = await findListing(t.deps.db, offerId);
    assert.ok(offer);
    await closeListing(t.deps, owner, offer, { reason: 'met', version: offer.version });
    assert.deepEqual(await findMatches(t.deps, need), []);
  });

  it('sees another node’s listing only once that node announces it, and a full reload after a missed notice', async () => {
    const needs = (await findListing(
      t.deps.db,
      await writtenElsewhere('need', ministry.id, 'Care time data'),
    ))!;
    const offerId = await writtenElsewhere('offer', university.id, 'Time-use analysis');
    assert.deepEqual(await findMatches(t.deps, needs), [], 'not announced: this node does not know it yet');
    deliverChange({ topic: 'connection-listings', ids: [offerId] });
    assert.deepEqual(
      (await findMatches(t.deps, needs)).map((m) => m.listing.id),
      [offerId],
    );
    const memory = await termMemory(t.deps.db);
    // The first need and this offer; the second need was never announced (it is matched from, not to).
    assert.equal(memory.count('theme:time_use_data'), 2);
    // Closed by another node whose notice was lost: the relay reconnects and everything is read again.
    await setTermsOpen(t.deps.db, offerId, false);
    await t.deps.db
      .updateTable('connection_listings')
      .set({ status: 'withdrawn' })
      .where('id', '=', offerId)
      .execute();
    deliverForgetEverything();
    assert.deepEqual(await findMatches(t.deps, needs), []);
    const reloaded = await termMemory(t.deps.db);
    assert.equal(reloaded.listingsWith('theme:time_use_data', 'offer').size, 0);
    assert.equal(reloaded.listingsWith('theme:time_use_data', 'need').size, 2, 'both needs, read again');
  });
});
