import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { visibleText } from '../../../test/support/accounts.ts';
import { createCommunity, joinCommunity, startThread } from '../../../test/support/communities.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { reindexSearch } from '../search/reindex.service.ts';

/**
 * Discussions found everywhere — search (across languages), Atom feeds, the API, the sitemap, the
 * home page and organisation profiles — and a private community's words in none of them.
 */
describe(`communities outside their pages (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-04-02T08:00:00Z') } });
  let orgSlug = '';
  const { curator, member } = usePeople(t, {
    curator: { roles: ['curator'] },
    member: async (deps) => {
      const org = await createMemberOrganization(deps, { name: 'Carers Together' });
      orgSlug = org.slug;
      return createOrganizationPerson(deps, org.id, 'editor', { name: 'Marta Kowalska', locale: 'pl' });
    },
  });
  let publicThread = '';
  let privateThread = '';
  const secretWord = 'zanzibarquokka';

  before(async () => {
    const create = async (name: string, visibility: string) => {
      const path = await createCommunity(curator, {
        name,
        description: `About ${name}.`,
        visibility,
        themes: 'theme:time_use_data',
      });
      return decodeURIComponent(path.split('/communities/')[1] ?? '');
    };
    await create('Time-use data', 'public');
    await create('Closed room', 'private');
    for (const slug of ['time-use-data', 'closed-room']) {
      await joinCommunity(`/en/communities/${slug}`, member);
    }
    const start = (slug: string, title: string, body: string) =>
      startThread(member, `/en/communities/${slug}`, { title, kind: 'question', body });
    publicThread = await start(
      'time-use-data',
      'Jak mierzyć nieodpłatną pracę opiekuńczą?',
      'Planujemy krótki moduł o wykorzystaniu czasu w badaniu gospodarstw domowych. Jakie pytania się sprawdziły?',
    );
    privateThread = await start('closed-room', `Budget ${secretWord}`, `Our ${secretWord} grant ends soon.`);
    const path = `/en/communities/time-use-data/threads/${publicThread}`;
    await curator.get(`${path}/posts/${publicThread}/translate`);
    const translated = await curator.post(`${path}/posts/${publicThread}/translate`, {
      language: 'en',
      body: 'We plan a short time-use module in the household survey. Which questions worked for you?',
    });
    assert.equal(translated.status, 303);
  });

  it('finds a public discussion in search, in another language through a member’s translation', async () => {
    const page = await t.client().get('/en/search?q=household+survey+module');
    assert.ok(visibleText(page.html).includes('Jak mierzyć nieodpłatną pracę opiekuńczą?'));
    assert.ok(page.html.includes(`/en/communities/time-use-data/threads/${publicThread}`));
    const polish = await t.client().get('/pl/search?q=nieodp%C5%82atn%C4%85+prac%C4%99');
    assert.ok(visibleText(polish.html).includes('Jak mierzyć'));
  });

  it('never puts a private community’s words in search, even after a reindex from the records', async () => {
    for (const q of [secretWord, 'Closed room budget']) {
      // The page repeats the query; what must not appear is the thread itself.
      const page = await curator.get(`/en/search?q=${encodeURIComponent(q)}`);
      assert.ok(!page.html.includes(privateThread) && !page.html.includes('grant ends'), `search for ${q}`);
    }
    await reindexSearch(t.deps);
    const after = (await t.client().get(`/en/search?q=${secretWord}`)).html;
    assert.ok(!after.includes(privateThread) && !after.includes('grant ends'));
    assert.ok(
      visibleText((await t.client().get('/en/search?q=household+survey')).html).includes('Jak mierzyć'),
    );
    const api = await (await t.client().request(`/api/v1/search?q=${secretWord}`)).text();
    assert.ok(!api.includes(privateThread) && !api.includes('grant ends'));
    const rows = await t.deps.db
      .selectFrom('search_documents')
      .select('id')
      .where('id', '=', privateThread)
      .execute();
    assert.equal(rows.length, 0, 'the private thread has no search document');
  });

  it('offers an Atom feed of a public community, and none for a private one', async () => {
    const res = await t.client().request('/feeds/communities/time-use-data.atom?lang=es');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const feed = parseFeed(await res.text());
    assert.equal(feed.items.length, 1);
    assert.equal(feed.items[0]?.title, 'Jak mierzyć nieodpłatną pracę opiekuńczą?');
    assert.equal(feed.items[0]?.url, `http://localhost/es/communities/time-use-data/threads/${publicThread}`);
    const closed = await t.client().request('/feeds/communities/closed-room.atom');
    assert.equal(closed.status, 404);
    assert.ok(!(await closed.text()).includes(secretWord));
  });

  it('lists public communities and their threads in the API, and nothing of a private one', async () => {
    const list = (await (await t.client().request('/api/v1/communities')).json()) as {
      items: { slug: string; threadCount: number }[];
    };
    assert.deepEqual(
      list.items.map((i) => i.slug),
      ['time-use-data'],
    );
    const threads = await t.client().request('/api/v1/communities/time-use-data/threads');
    const body = (await threads.json()) as { items: { id: string; language: string; text: string }[] };
    assert.equal(body.items[0]?.id, publicThread);
    assert.equal(body.items[0]?.language, 'pl');
    assert.match(body.items[0]?.text ?? '', /moduł/);
    const closed = await t.client().request('/api/v1/communities/closed-room/threads');
    assert.equal(closed.status, 404);
    assert.ok(!(await closed.text()).includes(secretWord));
    const openapi = await (await t.client().request('/api/v1/openapi.json')).text();
    assert.ok(openapi.includes('/communities/{slug}/threads'));
  });

  it('lists public discussions in the sitemap, never private ones', async () => {
    const sitemap = await (await t.client().request('/sitemap.xml')).text();
    assert.ok(sitemap.includes(`/pl/communities/time-use-data/threads/${publicThread}`));
    assert.ok(
      sitemap.includes('/en/communities/time-use-data<') ||
        sitemap.includes('/en/communities/time-use-data</loc>'),
    );
    assert.ok(!sitemap.includes(privateThread) && !sitemap.includes('closed-room'));
  });

  it('counts communities on the home page and shows them on the organisation’s profile', async () => {
    const home = visibleText((await t.client().get('/en/')).html);
    assert.match(home, /communit(y|ies) of practice/);
    const profile = visibleText((await t.client().get(`/en/members/${orgSlug}`)).html);
    assert.ok(profile.includes('Active in 1 community') && profile.includes('Time-use data'));
    assert.ok(!profile.includes('Closed room'), 'a private community is not named on a public profile');
  });
});
