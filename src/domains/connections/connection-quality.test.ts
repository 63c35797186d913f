import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { qualityPairs, type TQualityListing } from '../../../test/support/connection-quality.fixtures.ts';
import { writeListingDirectly } from '../../../test/support/connections.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { findMatches } from './connection-matches.service.ts';
import { findListing } from './connections.repository.ts';
import type { TListingKind } from './connections.schemas.ts';

/**
 * Matching quality (issue 14): for each of our offer/need pairs, written in the six languages, the
 * right partner must be among the top three matches, seen from the need and from the offer, for at
 * least 90 % of pairs. Every other listing of the set competes. The test prints the figures.
 */
describe(`connections: matching quality on ${qualityPairs.length} offer/need pairs (${testDialect})`, () => {
  let t: TTestApp;
  const ids: { offer: string; need: string }[] = [];

  async function publish(kind: TListingKind, listing: TQualityListing): Promise<string> {
    const org = await createOrganization(t.deps, {
      stakeholderType: listing.type,
      countries: [listing.country],
    });
    return writeListingDirectly(t.deps, kind, {
      organizationId: org.id,
      helpKind: listing.help,
      title: listing.title,
      description: listing.text,
      language: listing.language,
      concepts: listing.concepts ?? [],
      countries: listing.isAnywhere || listing.regions ? [] : [listing.country],
      regions: listing.regions ?? [],
      isAnywhere: listing.isAnywhere ?? false,
      workingLanguages: listing.languages,
    });
  }

  before(async () => {
    t = await createTestApp();
    for (const pair of qualityPairs)
      ids.push({ offer: await publish('offer', pair.offer), need: await publish('need', pair.need) });
  });
  after(async () => {
    await t.close();
  });

  it('puts the right partner in the top three for at least 90 % of pairs, from both sides', async () => {
    assert.ok(qualityPairs.length >= 40);
    const languages = new Set(qualityPairs.flatMap((p) => [p.offer.language, p.need.language]));
    assert.deepEqual([...languages].sort(), ['ar', 'en', 'es', 'fr', 'pl', 'ru']);
    let needSide = 0;
    let offerSide = 0;
    let firsts = 0;
    const misses: string[] = [];
    for (const [index, pair] of ids.entries()) {
      const need = await findListing(t.deps.db, pair.need);
      const offer = await findListing(t.deps.db, pair.offer);
      assert.ok(need && offer);
      const forNeed = (await findMatches(t.deps, need, 3)).map((m) => m.listing.id);
      const forOffer = (await findMatches(t.deps, offer, 3)).map((m) => m.listing.id);
      if (forNeed.includes(pair.offer)) needSide += 1;
      else misses.push(`need ${index + 1} «${need.title}»`);
      if (forOffer.includes(pair.need)) offerSide += 1;
      else misses.push(`offer ${index + 1} «${offer.title}»`);
      if (forNeed[0] === pair.offer) firsts += 1;
    }
    const n = ids.length;
    const share = (k: number) => (k / n).toFixed(3);
    console.log(
      `[connections quality, ${testDialect}] ${n} pairs: right offer in a need's top 3: ${share(needSide)}; ` +
        `right need in an offer's top 3: ${share(offerSide)}; right offer first: ${share(firsts)}`,
    );
    if (misses.length > 0) console.log(`[connections quality] missed: ${misses.join('; ')}`);
    assert.ok(needSide / n >= 0.9, `needs: ${share(needSide)}`);
    assert.ok(offerSide / n >= 0.9, `offers: ${share(offerSide)}`);
  });
});
