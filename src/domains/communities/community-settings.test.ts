import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity, joinCommunity, startThread } from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * A community's facilitators change who reads it and how people join. Going private must take its
 * discussions out of search, the feed, the sitemap and the API at once; going public puts them back.
 */
describe(`community reading and joining settings (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-04-02T08:00:00Z') } });
  const { facilitator, member } = usePeople(t, {
    facilitator: { roles: ['curator'] },
    member: { name: 'Mira Member' },
  });
  let threadId = '';
  const base = '/en/communities/quiet-carers';
  const word = 'zephyrcaretaker';

  before(async () => {
    await createCommunity(facilitator, { name: 'Quiet carers', description: 'Carers who prefer to write.' });
    threadId = await startThread(facilitator, base, {
      title: 'Evening routines',
      kind: 'discussion',
      body: `Our ${word} group meets after dinner.`,
    });
    assert.ok(threadId);
  });

  const everywhere = { search: true, searchApi: true, feed: true, sitemap: true, api: true, page: true };

  async function isFoundAnywhere(): Promise<Record<string, boolean>> {
    const anyone = t.client();
    const feed = await anyone.request('/feeds/communities/quiet-carers.atom');
    const api = await anyone.request('/api/v1/communities/quiet-carers/threads');
    return {
      search: (await anyone.get(`/en/search?q=${word}`)).html.includes(threadId),
      searchApi: (await (await anyone.request(`/api/v1/search?q=${word}`)).text()).includes(threadId),
      feed: feed.status === 200 && (await feed.text()).includes(threadId),
      sitemap: (await (await anyone.request('/sitemap.xml')).text()).includes(threadId),
      api: api.status === 200 && (await api.text()).includes(threadId),
      page: (await anyone.get(`${base}/threads/${threadId}`)).response.status === 200,
    };
  }

  it('lets only facilitators and the secretariat change them', async () => {
    await joinCommunity(base, member);
    assert.ok(!(await member.get(base)).html.includes('action="/en/communities/quiet-carers/settings"'));
    const refused = await member.post(`${base}/settings`, { visibility: 'private', joinPolicy: 'request' });
    assert.equal(refused.status, 403);
    const page = await facilitator.get(base);
    assert.ok(page.html.includes('action="/en/communities/quiet-carers/settings"'));
  });

  it('takes a community going private out of search, feed, sitemap and API at once, and back again', async () => {
    assert.deepEqual(await isFoundAnywhere(), everywhere);
    await facilitator.get(base);
    const saved = await facilitator.post(`${base}/settings`, {
      visibility: 'private',
      joinPolicy: 'request',
    });
    assert.equal(saved.status, 303);
    assert.deepEqual(await isFoundAnywhere(), {
      search: false,
      searchApi: false,
      feed: false,
      sitemap: false,
      api: false,
      page: false,
    });
    const documents = await t.deps.db
      .selectFrom('search_documents')
      .select('id')
      .where('id', '=', threadId)
      .execute();
    assert.equal(documents.length, 0);
    // Members still read it.
    assert.equal((await member.get(`${base}/threads/${threadId}`)).response.status, 200);
    const [entry] = await auditEntries(t.deps, { actions: ['communities.settings_changed'] });
    assert.ok(entry);
    assert.match(entry.details, /"visibility":\{"from":"public","to":"private"\}/);

    await facilitator.get(base);
    await facilitator.post(`${base}/settings`, { visibility: 'public', joinPolicy: 'open' });
    assert.deepEqual(await isFoundAnywhere(), everywhere);
  });

  it('refuses a value it does not know with a message, keeping the page', async () => {
    await facilitator.get(base);
    const res = await facilitator.post(`${base}/settings`, { visibility: 'secret', joinPolicy: 'open' });
    assert.equal(res.status, 422);
    assert.ok(visibleText(await res.text()).includes('Please choose one of the options.'));
  });
});
