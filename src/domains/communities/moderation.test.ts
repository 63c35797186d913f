import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  createCommunity,
  joinCommunity,
  replyInThread,
  startThread,
} from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/** Reports, the facilitators' queue, hiding, locking, moving, removing — each with a reason the person sees. */
describe(`moderation in communities (${testDialect})`, () => {
  let clock = new Date('2026-05-01T10:00:00Z');
  const t = useTestApp({ clock: { now: () => clock } });
  // The facilitator is a curator (no posting limit); the writer's account is new (the limit applies to it).
  const { facilitator, writer, reader } = usePeople(t, {
    facilitator: { roles: ['curator'], name: 'Fay Facilitator' },
    writer: { name: 'Walt Writer' },
    reader: { name: 'Rita Reader' },
  });
  let threadId = '';
  let replyId = '';
  const base = '/en/communities/care-talk';

  before(async () => {
    for (const name of ['Care talk', 'Other room']) {
      await createCommunity(facilitator, { name });
    }
    await joinCommunity(base, writer, reader);
    threadId = await startThread(facilitator, base, {
      title: 'Respite care ideas',
      body: 'Share what worked.',
    });
    replyId = await replyInThread(writer, base, threadId, { body: 'Buy cheap pills at spamshop now' });
  });

  it('takes a report with its reason and puts it in the facilitators’ queue only', async () => {
    const path = `${base}/threads/${threadId}`;
    await reader.get(path);
    assert.equal(
      (await reader.post(`${path}/posts/${replyId}/report`, { reason: 'spam', details: 'Advertising' }))
        .status,
      303,
    );
    assert.equal(
      (await reader.post(`${path}/posts/${replyId}/report`, { reason: 'spam' })).status,
      303,
      'twice is once',
    );
    assert.equal((await reader.get(`${base}/moderation`)).response.status, 403);
    assert.equal((await t.client().get(`${base}/moderation`)).response.status, 401);
    const queue = visibleText((await facilitator.get(`${base}/moderation`)).html);
    assert.ok(
      queue.includes('1 report is waiting.') &&
        queue.includes('Spam or advertising') &&
        queue.includes('Rita Reader'),
    );
    assert.ok(visibleText((await facilitator.get(base)).html).includes('Reports: 1 waiting'));
  });

  it('hides the post with a reason its author reads, others only that it was hidden; search forgets it', async () => {
    const path = `${base}/threads/${threadId}`;
    await facilitator.get(`${base}/moderation`);
    assert.equal(
      (await facilitator.post(`${path}/posts/${replyId}/hide`, { reason: 'Advertising is not allowed here' }))
        .status,
      303,
    );
    const others = visibleText((await reader.get(path)).html);
    assert.ok(others.includes('This post was hidden by the facilitators.') && !others.includes('spamshop'));
    const author = visibleText((await writer.get(path)).html);
    assert.ok(author.includes('Reason: Advertising is not allowed here') && author.includes('spamshop'));
    assert.ok(visibleText((await writer.get(base)).html).includes('Advertising is not allowed here'));
    assert.ok(
      visibleText((await facilitator.get(`${base}/moderation`)).html).includes('No report is waiting.'),
    );
    const search = await t.client().get('/en/search?q=spamshop');
    assert.ok(!search.html.includes(`/threads/${threadId}`));
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'communities.%')
      .execute();
    for (const a of ['communities.post_reported', 'communities.post_hidden'])
      assert.ok(
        actions.some((x) => x.action === a),
        a,
      );
  });

  it('locks a thread (no replies), hides it (404 to others) and moves it to another community', async () => {
    const path = `${base}/threads/${threadId}`;
    await facilitator.get(path);
    assert.equal(
      (await facilitator.post(`${path}/moderate`, { what: 'lock', reason: 'Long enough' })).status,
      303,
    );
    await reader.get(path);
    assert.equal((await reader.post(`${path}/replies`, { body: 'one more' })).status, 403);
    assert.ok(visibleText((await reader.get(path)).html).includes('locked'));
    assert.equal((await reader.post(`${path}/moderate`, { what: 'unlock', reason: 'me' })).status, 403);
    assert.equal(
      (await facilitator.post(`${path}/moderate`, { what: 'hide', reason: 'Off topic' })).status,
      303,
    );
    assert.equal((await reader.get(path)).response.status, 404);
    assert.equal(
      (await facilitator.post(`${path}/moderate`, { what: 'unhide', reason: 'Back' })).status,
      303,
    );
    const moved = await facilitator.post(`${path}/move`, {
      target: 'other-room',
      reason: 'Fits better there',
    });
    assert.equal(moved.status, 303);
    assert.equal((await reader.get(`/en/communities/other-room/threads/${threadId}`)).response.status, 200);
    assert.equal((await reader.get(path)).response.status, 404);
    assert.equal(
      (
        await reader.post(`/en/communities/other-room/threads/${threadId}/move`, {
          target: 'care-talk',
          reason: 'x',
        })
      ).status,
      403,
    );
  });

  it('removes a member with a reason they are shown', async () => {
    await facilitator.get(base);
    assert.equal(
      (await reader.post(`${base}/members/${writer.user.id}/remove`, { reason: 'no' })).status,
      403,
    );
    assert.equal(
      (await facilitator.post(`${base}/members/${writer.user.id}/remove`, { reason: 'Repeated advertising' }))
        .status,
      303,
    );
    const page = visibleText((await writer.get(base)).html);
    assert.ok(page.includes('you were removed from this community') && page.includes('Repeated advertising'));
    assert.ok(page.includes('Join this community'));
  });

  it('lets a new account write five posts an hour, keeps the sixth’s text and names the limit', async () => {
    const fresh = await signedInClient(t.client(), await createUser(t.deps, { name: 'Nina New' }));
    await fresh.get('/en/communities/other-room');
    assert.equal((await fresh.post('/en/communities/other-room/join', {})).status, 303);
    const path = `/en/communities/other-room/threads/${threadId}`;
    await fresh.get(path);
    await facilitator.get(path);
    await facilitator.post(`${path}/moderate`, { what: 'unlock', reason: 'Open again' });
    for (let n = 1; n <= 5; n += 1)
      assert.equal((await fresh.post(`${path}/replies`, { body: `Reply number ${n}` })).status, 303);
    const sixth = await fresh.post(`${path}/replies`, { body: 'Reply number six, kept' });
    assert.equal(sixth.status, 422);
    const html = await sixth.text();
    assert.ok(visibleText(html).includes('5 posts an hour') && html.includes('Reply number six, kept'));
    clock = new Date(clock.getTime() + 61 * 60_000);
    assert.equal((await fresh.post(`${path}/replies`, { body: 'An hour later' })).status, 303);
    clock = new Date(clock.getTime() + 8 * 86_400_000);
    for (let n = 1; n <= 6; n += 1)
      assert.equal((await fresh.post(`${path}/replies`, { body: `Week two ${n}` })).status, 303);
  });
});
