import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../../test/support/accounts.ts';
import { testActor } from '../../../test/support/actors.ts';
import { createMemberOrganization, createPersonIn } from '../../../test/support/commitments.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import type { TActor } from '../../core/actor.ts';
import { browsePractices, listFeaturedPractices } from './practice-read.service.ts';
import { setPracticeMark, unpublishPractice } from './practice-workflow.service.ts';
import { listPublishedPractices, listRelatedPractices } from './practices.repository.ts';
import { createPractice } from './practices.service.ts';

/**
 * The practice lists (filters, counts per value, featured and related practices) hold published practices
 * only: never a practice taken out of public view, never another kind of record that carries the same
 * country or theme in the search index.
 */
describe('practice lists by facet', () => {
  let t: TTestApp;
  let curator: TActor;
  const slugs = {
    respite: 'lists-respite-glasgow',
    cooperative: 'lists-carers-cooperative-dublin',
    creche: 'lists-creche-lyon',
    withdrawn: 'lists-withdrawn-leeds',
  };

  const browse = (filters: Array<{ facet: string; values: string[] }>, isFeaturedOnly = false) =>
    browsePractices(t.deps, { filters, isFeaturedOnly, sort: 'title', page: 1, pageSize: 20 });
  const slugsOf = (items: ReadonlyArray<{ slug: string }>) => items.map((p) => p.slug).sort();

  before(async () => {
    t = await createTestApp();
    curator = testActor((await createUser(t.deps, { roles: ['curator'] })).id, ['curator']);
    await publishPractices(t.deps, [
      practiceInput({ slug: slugs.respite, countries: ['GB'] }),
      practiceInput({
        slug: slugs.cooperative,
        countries: ['GB', 'IE'],
        populations: ['population:unpaid_caregivers', 'population:older_persons'],
      }),
      practiceInput({
        slug: slugs.creche,
        countries: ['FR'],
        themes: ['theme:early_childhood_care'],
        populations: ['population:children'],
      }),
      practiceInput({ slug: slugs.withdrawn, countries: ['GB'] }),
    ]);
    await unpublishPractice(t.deps, curator, slugs.withdrawn);
    // A member's draft in Britain about the same theme: not public, so in no list and no count.
    const organization = await createMemberOrganization(t.deps, { countries: ['GB'] });
    const member = await createPersonIn(t.deps, organization.id, 'editor');
    const author = testActor(member.id, [], { [organization.id]: 'editor' });
    await createPractice(t.deps, author, practiceInput({ slug: 'lists-draft-cardiff', countries: ['GB'] }), {
      organizationId: organization.id,
    });
    // Another kind of record with the same country and theme: it is no practice.
    await t.deps.search.upsertDocument({
      id: 'lists-event-1',
      type: 'event',
      slug: 'lists-carers-week',
      language: 'en',
      title: 'Carers week in Glasgow',
      summary: 'A week of events for family carers.',
      body: '',
      publishedAt: '2026-06-01T00:00:00.000Z',
      facets: [
        { facet: 'country', value: 'GB' },
        { facet: 'theme', value: 'theme:unpaid_carer_support' },
        { facet: 'population', value: 'population:unpaid_caregivers' },
      ],
    });
  });
  after(async () => {
    await t.close();
  });

  it('filters published practices by any of a facet’s values and by every facet', async () => {
    const inBritain = await browse([{ facet: 'country', values: ['GB'] }]);
    assert.deepEqual(slugsOf(inBritain.items), [slugs.cooperative, slugs.respite].sort());
    assert.equal(inBritain.total, 2);
    const britainOrFrance = await browse([{ facet: 'country', values: ['GB', 'FR'] }]);
    assert.equal(britainOrFrance.total, 3);
    const britishChildcare = await browse([
      { facet: 'country', values: ['GB'] },
      { facet: 'theme', values: ['theme:early_childhood_care'] },
    ]);
    assert.deepEqual(britishChildcare.items, []);
    assert.equal(britishChildcare.total, 0);
  });

  it('reads the same page whether the matches are sorted or walked in order', async () => {
    for (const sort of ['newest', 'title'] as const) {
      const query = { filters: [{ facet: 'country', values: ['GB', 'FR'] }], sort, limit: 2, offset: 1 };
      const sorted = await listPublishedPractices(t.deps.db, query, 1_000);
      const walked = await listPublishedPractices(t.deps.db, query, 0);
      assert.equal(sorted.total, 3);
      assert.deepEqual(
        walked.items.map((p) => p.slug),
        sorted.items.map((p) => p.slug),
      );
      assert.equal(walked.total, 3);
      assert.equal(sorted.items.length, 2);
    }
  });

  it('counts each value over published practices only', async () => {
    const { facetCounts } = await browse([]);
    assert.deepEqual(facetCounts.country, [
      { value: 'GB', count: 2 },
      { value: 'FR', count: 1 },
      { value: 'IE', count: 1 },
    ]);
    assert.deepEqual(
      facetCounts.kind.map((c) => [c.value, c.count]),
      [['programme', 3]],
    );
  });

  it('lists featured practices from the practice’s own mark, and drops one when the mark goes', async () => {
    assert.deepEqual(await listFeaturedPractices(t.deps, 5), []);
    await setPracticeMark(t.deps, curator, slugs.cooperative, 'feature', true);
    assert.deepEqual(slugsOf(await listFeaturedPractices(t.deps, 5)), [slugs.cooperative]);
    const featuredInIreland = await browse([{ facet: 'country', values: ['IE'] }], true);
    assert.deepEqual(slugsOf(featuredInIreland.items), [slugs.cooperative]);
    assert.equal((await browse([{ facet: 'country', values: ['FR'] }], true)).total, 0);
    await setPracticeMark(t.deps, curator, slugs.cooperative, 'feature', false);
    assert.deepEqual(await listFeaturedPractices(t.deps, 5), []);
  });

  it('relates practices by shared concepts, most shared first, never itself or a withdrawn one', async () => {
    const respite = await t.deps.db
      .selectFrom('practices')
      .select('id')
      .where('slug', '=', slugs.respite)
      .executeTakeFirstOrThrow();
    const related = await listRelatedPractices(t.deps.db, respite.id, 6);
    assert.deepEqual(
      related.map((p) => p.slug),
      [slugs.cooperative],
    );
  });

  it('takes an unpublished practice out of every list and count', async () => {
    await unpublishPractice(t.deps, curator, slugs.respite);
    const inBritain = await browse([{ facet: 'country', values: ['GB'] }]);
    assert.deepEqual(slugsOf(inBritain.items), [slugs.cooperative]);
    const { facetCounts } = await browse([]);
    assert.deepEqual(
      facetCounts.country.find((c) => c.value === 'GB'),
      { value: 'GB', count: 1 },
    );
  });
});
