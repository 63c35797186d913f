import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publishedCommitment } from '../../../test/support/commitments.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { newId } from '../../platform/ids.ts';
import { reindexSearch, reindexSearchIfRequired } from './reindex.service.ts';

type TApiResult = { items: { slug: string }[] };

/** The search rebuilt from the records (npm run search:reindex, and after migration 0012 on start). */
describe(`search reindex from the records (${testDialect})`, () => {
  let t: TTestApp;

  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  /** The slugs the search API finds for these query parameters. */
  async function slugsFound(params: string): Promise<string[]> {
    const response = await t.app.request(`/api/v1/search?${params}`);
    return ((await response.json()) as TApiResult).items.map((item) => item.slug);
  }
  const countOf = (report: Awaited<ReturnType<typeof reindexSearch>>, type: string) =>
    report.find((line) => line.type === type);

  /** What the index holds, without the sequence numbers an engine may hand out. */
  async function indexSnapshot() {
    const documents = await t.deps.db
      .selectFrom('search_documents')
      .select(['id', 'type', 'slug', 'language', 'title', 'summary', 'body', 'published_at', 'concepts'])
      .orderBy('id')
      .execute();
    const facets = await t.deps.db
      .selectFrom('search_facets')
      .innerJoin('search_documents', 'search_documents.seq', 'search_facets.seq')
      .select(['search_documents.id', 'search_facets.facet', 'search_facets.value'])
      .orderBy('search_documents.id')
      .orderBy('search_facets.facet')
      .orderBy('search_facets.value')
      .execute();
    const totals = await t.deps.db
      .selectFrom('search_facet_totals')
      .selectAll()
      .where('count', '>', 0)
      .orderBy('facet')
      .orderBy('value')
      .execute();
    return { documents, facets, totals };
  }

  it('indexes a member organisation that was written without indexing', async () => {
    await createOrganization(t.deps, { name: 'Quetzal Caregivers Cooperative', countries: ['GT'] });
    assert.equal((await slugsFound('q=quetzal&type=organization')).length, 0, 'not indexed when written');

    const report = await reindexSearch(t.deps);
    assert.equal((await slugsFound('q=quetzal&type=organization')).length, 1);
    assert.equal(countOf(report, 'organization')?.indexed, 1);
    assert.equal((await slugsFound('type=organization&country=GT')).length, 1, 'with its facets');
  });

  it('reindexes the other domains too: a published event and commitment missing from the index', async () => {
    const { event } = await publishedEvent(t.deps);
    const { commitment } = await publishedCommitment(t.deps);
    await t.deps.search.removeDocument(event.id);
    await t.deps.search.removeDocument(commitment.id);
    assert.equal((await slugsFound('type=event')).length, 0);
    assert.equal((await slugsFound('type=commitment')).length, 0);

    const report = await reindexSearch(t.deps);
    assert.deepEqual(await slugsFound('type=event'), [event.slug]);
    assert.deepEqual(await slugsFound('type=commitment'), [commitment.slug]);
    assert.deepEqual(
      report.map((line) => line.type),
      ['organization', 'practice', 'commitment', 'event', 'news', 'campaign', 'thread', 'offer and need'],
    );
  });

  it('removes a record that stopped being public', async () => {
    const org = await createOrganization(t.deps, { name: 'Harbour Lantern Care Alliance' });
    await reindexSearch(t.deps);
    assert.equal((await slugsFound('q=lantern&type=organization')).length, 1);
    await t.deps.db
      .updateTable('organizations')
      .set({ membership_status: 'former' })
      .where('id', '=', org.id)
      .execute();

    const report = await reindexSearch(t.deps);
    assert.equal((await slugsFound('q=lantern&type=organization')).length, 0);
    const organizations = countOf(report, 'organization');
    assert.ok(organizations);
    assert.equal(organizations.records - organizations.indexed, 1, 'counted as not public');
  });

  it('removes a document whose record no longer exists', async () => {
    const id = newId();
    await t.deps.search.upsertDocument({
      id,
      type: 'practice',
      slug: 'vanished-practice',
      language: 'en',
      title: 'Vanished marigold practice',
      summary: 'A practice deleted long ago.',
      body: '',
      publishedAt: '2024-01-01T00:00:00.000Z',
      facets: [{ facet: 'language', value: 'en' }],
    });
    // The index itself (the search page hides practices it cannot find in the repository).
    const indexed = async () => (await t.deps.search.search({ query: 'marigold', locale: 'en' })).total;
    assert.equal(await indexed(), 1);

    const report = await reindexSearch(t.deps);
    assert.equal(await indexed(), 0);
    assert.equal(countOf(report, 'practice')?.stale, 1);
  });

  it('changes nothing when run again', async () => {
    await reindexSearch(t.deps);
    const before = await indexSnapshot();
    assert.ok(before.documents.length >= 3);
    const report = await reindexSearch(t.deps);
    assert.deepEqual(await indexSnapshot(), before);
    assert.ok(report.every((line) => line.stale === 0));
  });

  it('runs on start when migration 0012 asked for it, and clears the request', async () => {
    await t.deps.db.insertInto('search_state').values({ key: 'reindex', value: 'required' }).execute();
    await createOrganization(t.deps, { name: 'Tamarind Home Care Circle' });

    await reindexSearchIfRequired(t.deps);
    assert.equal(await t.deps.search.isReindexRequired(), false, 'the request is cleared');
    assert.equal((await slugsFound('q=tamarind&type=organization')).length, 1);

    await createOrganization(t.deps, { name: 'Juniper Respite Network' });
    await reindexSearchIfRequired(t.deps);
    assert.equal((await slugsFound('q=juniper&type=organization')).length, 0, 'no request, no reindex');
  });
});
