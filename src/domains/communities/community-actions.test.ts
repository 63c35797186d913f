import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser } from '../../../test/support/accounts.ts';
import { createCommunity } from '../../../test/support/communities.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Every community action through its route, by every kind of person: anonymous, signed in but not a
 * member, member, facilitator of the community, facilitator of another community, and the secretariat
 * (a curator who is not a member). Each person acts in a community of their own (same shape: proposed
 * by its facilitator, approved, a thread by another member, one more member to remove), so what one
 * does never changes what another may do. Shared by all and only read (then left, last): a private
 * community with a thread and a file, an event elsewhere, a community to move threads to. Allowed: the action's 303 (or the page's 200); refused:
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

type TFixture = {
  slug: string;
  threadId: string;
  postId: string;
  extraId: string;
  /** A reply by another member to the thread (a question): the answer one may accept. */
  replyId: string;
  /** A second reply by that member, edited, then hidden by the facilitator. */
  hiddenId: string;
  reportId: string;
  /** A resource added by another member, and a meeting attached by the facilitator. */
  resourceId: string;
  meetingLinkId: string;
  /** An event of another community, to attach here. */
  eventSlug: string;
  /** Two communities proposed by the facilitator, waiting for the secretariat. */
  toApprove: string;
  toDecline: string;
  /** A community the facilitator (and the secretariat) look after, to move the thread to. */
  moveTo: string;
  /** One private community for everyone (only read, then left last): a thread with a file. */
  privateSlug: string;
  privateThreadId: string;
  privateUploadId: string;
};
type TAction = {
  name: string;
  allowed: readonly TRole[];
  run: (client: TestClient, f: TFixture) => Promise<Response>;
};

const pdf = () =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );

const writers: readonly TRole[] = ['member', 'facilitator', 'secretariat'];
const managers: readonly TRole[] = ['facilitator', 'secretariat'];
const signedIn: readonly TRole[] = roles.filter((r) => r !== 'anonymous');

const base = (f: TFixture) => `/en/communities/${f.slug}`;

/** The plan-a-meeting form of the community `slug`, filled in: a one-hour online call on 1 September. */
const meetingForm = (slug: string) => ({
  title: `Call of ${slug}`,
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
});
const post = (f: TFixture) => `${base(f)}/threads/${f.threadId}/posts/${f.postId}`;
const privatePost = (f: TFixture) =>
  `/en/communities/${f.privateSlug}/threads/${f.privateThreadId}/posts/${f.privateThreadId}`;
const members: readonly TRole[] = ['member', 'facilitator'];
const readersOfPrivate: readonly TRole[] = ['member', 'facilitator', 'secretariat'];

/** In the order each person runs them: locking, then moving the thread, then leaving come last. */
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
    run: (c, f) => c.post(`${base(f)}/meetings/new`, meetingForm(f.slug)),
  },
  {
    name: 'remove a member',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/members/${f.extraId}/remove`, { reason: 'Asked to leave.' }),
  },
  {
    name: 'accept an answer',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/threads/${f.threadId}/posts/${f.replyId}/accept`, {}),
  },
  {
    name: 'dismiss a report',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/reports/${f.reportId}/dismiss`, {}),
  },
  {
    name: 'add a resource',
    allowed: writers,
    run: (c, f) => c.post(`${base(f)}/resources`, { link: '/en/practices/care-kit', note: 'Worth a look.' }),
  },
  {
    name: 'remove someone else’s resource',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/resources/${f.resourceId}/remove`, {}),
  },
  {
    name: 'attach a meeting',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/meetings`, { event: f.eventSlug }),
  },
  {
    name: 'remove an attached meeting',
    allowed: managers,
    run: (c, f) => c.post(`${base(f)}/meetings/${f.meetingLinkId}/remove`, {}),
  },
  {
    name: 'approve a proposed community',
    allowed: ['secretariat'],
    run: (c, f) => c.post(`/en/communities/${f.toApprove}/approve`, {}),
  },
  {
    name: 'decline a proposed community',
    allowed: ['secretariat'],
    run: (c, f) => c.post(`/en/communities/${f.toDecline}/decline`, {}),
  },
  {
    name: 'watch a thread',
    allowed: members,
    run: (c, f) => c.post(`${base(f)}/threads/${f.threadId}/watch`, { watch: '1' }),
  },
  {
    name: 'stop watching a thread',
    allowed: members,
    run: (c, f) => c.post(`${base(f)}/threads/${f.threadId}/watch`, { watch: '0' }),
  },
  {
    name: 'open the mail settings',
    allowed: signedIn,
    run: (c) => c.get('/en/communities/mail').then((p) => p.response),
  },
  {
    name: 'change the mail settings',
    allowed: signedIn,
    run: (c) => c.post('/en/communities/mail', { frequency: 'daily', timeZone: 'UTC' }),
  },
  {
    name: 'read a post’s history',
    allowed: roles,
    run: (c, f) => c.get(`${post(f)}/history`).then((p) => p.response),
  },
  {
    // Anyone else who may read the thread is told the post was hidden, and sees none of its versions.
    name: 'read a hidden post’s history',
    allowed: managers,
    run: async (c, f) => {
      const page = await c.get(`${base(f)}/threads/${f.threadId}/posts/${f.hiddenId}/history`);
      if (page.response.status !== 200) return page.response;
      const isTold = page.html.includes('This post was hidden by the facilitators.');
      assert.equal(isTold, !page.html.includes('Something ruder.'), 'told it was hidden, or shown it');
      return isTold ? new Response(null, { status: 403 }) : page.response;
    },
  },
  {
    name: 'read a private post’s history',
    allowed: readersOfPrivate,
    run: (c, f) => c.get(`${privatePost(f)}/history`).then((p) => p.response),
  },
  {
    name: 'download a private post’s file',
    allowed: readersOfPrivate,
    run: (c, f) => c.request(`${privatePost(f)}/files/${f.privateUploadId}`),
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
  {
    name: 'move the thread',
    allowed: managers,
    run: (c, f) =>
      c.post(`${base(f)}/threads/${f.threadId}/move`, { target: f.moveTo, reason: 'It belongs there.' }),
  },
  {
    // The community's only facilitator is sent back with a message and stays: still a refusal.
    name: 'leave (the private community)',
    allowed: ['member'],
    run: async (c, f) => {
      const res = await c.post(`/en/communities/${f.privateSlug}/leave`, {});
      if (res.status !== 303) return res;
      const page = await c.get(`/en/communities/${f.privateSlug}`);
      return page.html.includes('Leave this community') ? new Response(null, { status: 409 }) : res;
    },
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

  async function proposed(
    facilitator: TestClient,
    name: string,
    visibility: 'public' | 'private' = 'public',
  ): Promise<string> {
    const path = await createCommunity(facilitator, {
      name,
      description: `${name}, for the table.`,
      visibility,
    });
    const slug = decodeURIComponent(path.split('/communities/')[1] ?? '');
    return slug.split(/[?#]/)[0] ?? slug;
  }

  async function community(
    facilitator: TestClient,
    name: string,
    visibility: 'public' | 'private' = 'public',
  ): Promise<string> {
    const slug = await proposed(facilitator, name, visibility);
    await curator.get(`/en/communities/${slug}`);
    assert.equal((await curator.post(`/en/communities/${slug}/approve`, {})).status, 303);
    return slug;
  }

  /** A meeting planned in the community; its event's slug. */
  async function meeting(facilitator: TestClient, slug: string): Promise<string> {
    await facilitator.get(`/en/communities/${slug}`);
    const res = await facilitator.post(`/en/communities/${slug}/meetings/new`, meetingForm(slug));
    assert.equal(res.status, 303);
    return decodeURIComponent(
      (res.headers.get('location') ?? '').split('/events/')[1]?.split(/[?#]/)[0] ?? '',
    );
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
    const elsewhere = await community(other, 'Elsewhere circle');
    const eventSlug = await meeting(other, elsewhere);
    const moveTo = await community(facilitator, 'Landing circle');
    for (const [id, slug, title] of [
      ['practice-kit', 'care-kit', 'A care kit'],
      ['practice-blocks', 'care-blocks', 'Care blocks'],
    ] as const)
      await t.deps.search.upsertDocument({
        id,
        type: 'practice',
        slug,
        language: 'en',
        title,
        summary: `${title} in the neighbourhood.`,
        body: `${title} in the neighbourhood.`,
        publishedAt: '2026-01-01T00:00:00.000Z',
        facets: [],
      });
    // The private community: its facilitator starts a thread with a file; one member.
    const privateSlug = await community(facilitator, 'Private table', 'private');
    await joined(member, privateSlug);
    await facilitator.get(`/en/communities/${privateSlug}`);
    const privateStarted = await facilitator.post(`/en/communities/${privateSlug}/threads`, {
      title: 'Minutes',
      kind: 'discussion',
      body: 'The minutes are attached.',
      files: [new File([new Uint8Array(pdf())], 'minutes.pdf', { type: 'application/pdf' })],
    });
    assert.equal(privateStarted.status, 303);
    const privateThreadId =
      (privateStarted.headers.get('location') ?? '').split('/threads/')[1]?.split(/[?#]/)[0] ?? '';
    const privateFile = await t.deps.db
      .selectFrom('community_post_files')
      .select('upload_id')
      .where('post_id', '=', privateThreadId)
      .executeTakeFirstOrThrow();
    for (const role of roles) {
      // A new author each time: new accounts may start only a few threads an hour.
      const author = await signedInClient(t.client(), await user(`Abe Author ${role}`));
      const slug = await community(facilitator, `Table ${role}`);
      await joined(member, slug);
      await joined(author, slug);
      const extra: TTestUser = await user(`Xia Extra ${role}`);
      const extraClient = await signedInClient(t.client(), extra);
      await joined(extraClient, slug);
      const started = await author.post(`/en/communities/${slug}/threads`, {
        title: 'What helps?',
        kind: 'question',
        body: 'Tell us what helps.',
      });
      assert.equal(started.status, 303, `${slug}: ${started.status} ${(await started.text()).slice(0, 300)}`);
      const threadId = (started.headers.get('location') ?? '').split('/threads/')[1]?.split(/[?#]/)[0] ?? '';
      const opening = await t.deps.db
        .selectFrom('community_posts')
        .select('id')
        .where('thread_id', '=', threadId)
        .executeTakeFirstOrThrow();
      await extraClient.get(`/en/communities/${slug}/threads/${threadId}`);
      const replied = await extraClient.post(`/en/communities/${slug}/threads/${threadId}/replies`, {
        body: 'A weekly rota.',
      });
      assert.equal(replied.status, 303);
      const reply = await t.deps.db
        .selectFrom('community_posts')
        .select('id')
        .where('thread_id', '=', threadId)
        .where('id', '!=', opening.id)
        .executeTakeFirstOrThrow();
      const second = await extraClient.post(`/en/communities/${slug}/threads/${threadId}/replies`, {
        body: 'Something rude.',
      });
      assert.equal(second.status, 303);
      const hidden = await t.deps.db
        .selectFrom('community_posts')
        .select('id')
        .where('thread_id', '=', threadId)
        .where('id', 'not in', [opening.id, reply.id])
        .executeTakeFirstOrThrow();
      const hiddenPath = `/en/communities/${slug}/threads/${threadId}/posts/${hidden.id}`;
      await extraClient.get(`${hiddenPath}/edit`);
      assert.equal((await extraClient.post(`${hiddenPath}/edit`, { body: 'Something ruder.' })).status, 303);
      await facilitator.get(`/en/communities/${slug}/threads/${threadId}`);
      assert.equal((await facilitator.post(`${hiddenPath}/hide`, { reason: 'Rude.' })).status, 303);
      const reported = await extraClient.post(
        `/en/communities/${slug}/threads/${threadId}/posts/${opening.id}/report`,
        { reason: 'off_topic', details: '' },
      );
      assert.equal(reported.status, 303);
      const report = await t.deps.db
        .selectFrom('community_reports')
        .select('id')
        .where('thread_id', '=', threadId)
        .executeTakeFirstOrThrow();
      await author.get(`/en/communities/${slug}`);
      const added = await author.post(`/en/communities/${slug}/resources`, {
        link: '/en/practices/care-blocks',
        note: 'What we use.',
      });
      assert.equal(added.status, 303);
      const resource = await t.deps.db
        .selectFrom('community_resources')
        .select('id')
        .where('record_slug', '=', 'care-blocks')
        .where('community_id', '=', (qb) =>
          qb.selectFrom('communities').select('id').where('slug', '=', slug),
        )
        .executeTakeFirstOrThrow();
      await meeting(facilitator, slug);
      const link = await t.deps.db
        .selectFrom('community_meetings')
        .select('id')
        .where('community_id', '=', (qb) =>
          qb.selectFrom('communities').select('id').where('slug', '=', slug),
        )
        .executeTakeFirstOrThrow();
      fixtures.set(role, {
        slug,
        threadId,
        postId: opening.id,
        extraId: extra.id,
        replyId: reply.id,
        hiddenId: hidden.id,
        reportId: report.id,
        resourceId: resource.id,
        meetingLinkId: link.id,
        eventSlug,
        toApprove: await proposed(facilitator, `Proposal ${role} one`),
        toDecline: await proposed(facilitator, `Proposal ${role} two`),
        moveTo,
        privateSlug,
        privateThreadId,
        privateUploadId: privateFile.upload_id,
      });
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
