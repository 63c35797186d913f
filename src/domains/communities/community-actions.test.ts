import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser } from '../../../test/support/accounts.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Every community action through its route, by every kind of person: anonymous, signed in but not a
 * member, member, facilitator of the community, facilitator of another community, and the secretariat
 * (a curator who is not a member). Each person acts in a community of their own (same shape: proposed
 * by its facilitator, approved, a thread by another member, one more member to remove), so what one
 * does never changes what another may do. Allowed: the action's 303 (or the page's 200); refused:
 * anything else (sign-in, 403, 404) — and the table says which.
 */
type TRole = 'anonymous' | 'nonMember' | 'member' | 'facilitator' | 'otherFacilitator' | 'secretariat';
const roles: readonly TRole[] = [
  'anonymous',
  'nonMember',
  'member',
  'facilitator',
  'otherFacilitator',
  'secretariat',
];

type TFixture = { slug: string; threadId: string; postId: string; extraId: string };
type TAction = {
  name: string;
  allowed: readonly TRole[];
  run: (client: TestClient, f: TFixture) => Promise<Response>;
};

const writers: readonly TRole[] = ['member', 'facilitator', 'secretariat'];
const managers: readonly TRole[] = ['facilitator', 'secretariat'];
const signedIn: readonly TRole[] = roles.filter((r) => r !== 'anonymous');

const base = (f: TFixture) => `/en/communities/${f.slug}`;
const post = (f: TFixture) => `${base(f)}/threads/${f.threadId}/posts/${f.postId}`;

/** In the order each person runs them: locking the thread comes last. */
const actions: readonly TAction[] = [
  {
    name: 'start a thread',
    allowed: writers,
    run: (c, f) =>
      c.post(`${base(f)}/threads`, { title: 'A new question', kind: 'discussion', body: 'Who else?' }),
  },
  {
    name: 'reply',
    allowed: writers,
    run: (c, f) => c.post(`${base(f)}/threads/${f.threadId}/replies`, { body: 'Same here.' }),
  },
  {
    name: 'translate a post',
    allowed: writers,
    run: (c, f) => c.post(`${post(f)}/translate`, { language: 'fr', body: 'Qui d’autre ?' }),
  },
  {
    name: 'mark a post helpful',
    allowed: writers,
    run: (c, f) => c.post(`${post(f)}/helpful`, { helpful: '1' }),
  },
  {
    name: 'report a post',
    allowed: signedIn,
    run: (c, f) => c.post(`${post(f)}/report`, { reason: 'off_topic', details: '' }),
  },
  {
    name: 'edit someone else’s post',
    allowed: [],
    run: (c, f) => c.post(`${post(f)}/edit`, { body: 'Changed by someone else.' }),
  },
  {
    name: 'delete someone else’s post',
    allowed: [],
    run: (c, f) => c.post(`${post(f)}/delete`, {}),
  },
  {
    name: 'hide a post',
    allowed: managers,
    run: (c, f) => c.post(`${post(f)}/hide`, { reason: 'Off topic here.' }),
  },
  {
    name: 'watch the community',
    allowed: ['member', 'facilitator'],
    run: (c, f) => c.post(`${base(f)}/watch`, { watch: '1' }),
  },
  {
    name: 'read the moderation queue',
    allowed: managers,
    run: (c, f) => c.get(`${base(f)}/moderation`).then((p) => p.response),
  },
  {
    name: 'open the edit page',
    allowed: managers,
    run: (c, f) => c.get(`${base(f)}/edit`).then((p) => p.response),
  },
  {
    name: 'change who reads and joins',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/settings`, { visibility: 'public', joinPolicy: 'request' }),
  },
  {
    name: 'plan a meeting',
    allowed: managers,
    run: (c, f) =>
      c.post(`${base(f)}/meetings/new`, {
        title: `Call of ${f.slug}`,
        summary: 'A call.',
        timeZone: 'UTC',
        startDate: '2026-09-01',
        startTime: '10:00',
        endDate: '',
        endTime: '11:00',
        onlineUrl: 'https://meet.example.org/call',
        venue: '',
        address: '',
        capacity: '',
        languages: ['en'],
      }),
  },
  {
    name: 'remove a member',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/members/${f.extraId}/remove`, { reason: 'Asked to leave.' }),
  },
  {
    name: 'join',
    allowed: ['nonMember', 'otherFacilitator', 'secretariat'],
    run: (c, f) => c.post(`${base(f)}/join`, {}),
  },
  {
    name: 'lock the thread',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/threads/${f.threadId}/moderate`, { what: 'lock', reason: 'Done.' }),
  },
];

function isAllowed(res: Response): boolean {
  if (res.status === 200) return true;
  if (res.status !== 303) return false;
  return !/\/sign-in|\/login/.test(res.headers.get('location') ?? '');
}

describe(`every community action by every role (${testDialect})`, () => {
  let t: TTestApp;
  const clients = new Map<TRole, TestClient>();
  const fixtures = new Map<TRole, TFixture>();
  let curator: TestClient;

  async function community(facilitator: TestClient, name: string): Promise<string> {
    await facilitator.get('/en/communities/new');
    const proposed = await facilitator.post('/en/communities/new', {
      name,
      description: `${name}, for the table.`,
      language: 'en',
      visibility: 'public',
      joinPolicy: 'open',
    });
    assert.equal(proposed.status, 303);
    const slug = decodeURIComponent((proposed.headers.get('location') ?? '').split('/communities/')[1] ?? '');
    await curator.get(`/en/communities/${slug}`);
    assert.equal((await curator.post(`/en/communities/${slug}/approve`, {})).status, 303);
    return slug.split(/[?#]/)[0] ?? slug;
  }

  async function joined(client: TestClient, slug: string) {
    await client.get(`/en/communities/${slug}`);
    assert.equal((await client.post(`/en/communities/${slug}/join`, {})).status, 303);
  }

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-06-01T10:00:00Z') } });
    const user = (name: string, options: Parameters<typeof createUser>[1] = {}) =>
      createUser(t.deps, { name, ...options });
    curator = await signedInClient(t.client(), await user('Sam Secretariat', { roles: ['curator'] }));
    const facilitator = await signedInClient(t.client(), await user('Fay Facilitator'));
    const member = await signedInClient(t.client(), await user('Mel Member'));
    const other = await signedInClient(t.client(), await user('Ola Other'));
    clients.set('anonymous', t.client());
    clients.set('nonMember', await signedInClient(t.client(), await user('Nia Nobody')));
    clients.set('member', member);
    clients.set('facilitator', facilitator);
    clients.set('otherFacilitator', other);
    clients.set('secretariat', curator);
    await community(other, 'Elsewhere circle');
    for (const role of roles) {
      // A new author each time: new accounts may start only a few threads an hour.
      const author = await signedInClient(t.client(), await user(`Abe Author ${role}`));
      const slug = await community(facilitator, `Table ${role}`);
      await joined(member, slug);
      await joined(author, slug);
      const extra: TTestUser = await user(`Xia Extra ${role}`);
      await joined(await signedInClient(t.client(), extra), slug);
      const started = await author.post(`/en/communities/${slug}/threads`, {
        title: 'What helps?',
        kind: 'discussion',
        body: 'Tell us what helps.',
      });
      assert.equal(started.status, 303, `${slug}: ${started.status} ${(await started.text()).slice(0, 300)}`);
      const threadId = (started.headers.get('location') ?? '').split('/threads/')[1]?.split(/[?#]/)[0] ?? '';
      const opening = await t.deps.db
        .selectFrom('community_posts')
        .select('id')
        .where('thread_id', '=', threadId)
        .executeTakeFirstOrThrow();
      fixtures.set(role, { slug, threadId, postId: opening.id, extraId: extra.id });
    }
  });
  after(async () => {
    await t.close();
  });

  for (const role of roles) {
    it(`${role}: each action allowed or refused as the rules say`, async () => {
      const client = clients.get(role) as TestClient;
      const fixture = fixtures.get(role) as TFixture;
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const action of actions) {
        await client.get(base(fixture)); // a page first: the form's CSRF token
        const res = await action.run(client, fixture);
        outcomes.push(`${action.name}: ${isAllowed(res) ? 'allowed' : 'refused'} (${res.status})`);
        expected.push(`${action.name}: ${action.allowed.includes(role) ? 'allowed' : 'refused'}`);
        assert.ok(res.status < 500, `${action.name}: ${res.status}`);
      }
      assert.deepEqual(
        outcomes.map((o) => o.replace(/ \(\d+\)$/, '')),
        expected,
        outcomes.join('\n'),
      );
    });
  }
});
