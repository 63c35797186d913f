import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity, joinCommunity, startThread } from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Small fixes from the last review of communities: what a deleted account leaves behind, what the
 * audit says, and the ways into the community mail page.
 */
describe(`communities: review fixes (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-06-01T10:00:00Z') } });
  const { curator, lena } = usePeople(t, { curator: { roles: ['curator'] }, lena: { name: 'Lena' } });
  const base = '/en/communities/review-room';

  before(async () => {
    await createCommunity(curator, { name: 'Review room', description: 'Checks.' });
    await joinCommunity(base, lena);
  });

  it('adding a record the library already holds is not audited a second time', async () => {
    await t.deps.search.upsertDocument({
      id: 'practice-r1',
      type: 'practice',
      slug: 'care-circles',
      language: 'en',
      title: 'Care circles',
      summary: 'Neighbours help each other.',
      body: 'Neighbours help each other.',
      publishedAt: '2026-01-01T00:00:00.000Z',
      facets: [],
    });
    for (const note of ['First note.', 'Same record again.']) {
      await lena.get(base);
      const res = await lena.post(`${base}/resources`, {
        link: 'http://localhost/en/practices/care-circles',
        note,
      });
      assert.equal(res.status, 303);
    }
    const entries = await auditEntries(t.deps, { actions: ['communities.resource_added'] });
    assert.equal(entries.length, 1);
    const page = await t.client().get(base);
    assert.ok(
      page.html.includes('href="/en/practices/care-circles"'),
      'linked through the shared record paths',
    );
  });

  it('the account page links to the community mail page; signed out, that page asks to sign in and comes back', async () => {
    const account = await lena.get('/en/account');
    assert.ok(account.html.includes('href="/en/communities/mail"'));
    const anonymous = await t.client().request('/ar/communities/mail');
    assert.equal(anonymous.status, 302);
    assert.equal(anonymous.headers.get('location'), '/ar/sign-in?next=%2Far%2Fcommunities%2Fmail');
  });

  it('deleting an account removes the record of the replies it sent by mail', async () => {
    const threadId = await startThread(lena, base, { title: 'Reply by mail', body: 'Written on the site.' });
    // As the mail listener records a reply it posted (reply-by-mail.service.ts).
    await t.deps.db
      .insertInto('community_inbound_mail')
      .values({
        message_key: 'mid:lena-reply@example.org',
        post_id: threadId,
        user_id: lena.user.id,
        received_at: '2026-06-01T10:00:00.000Z',
      })
      .execute();
    await lena.get('/en/account');
    const deleted = await lena.post('/en/account/delete', { password: lena.user.password });
    assert.equal(deleted.status, 303);
    const left = await t.deps.db
      .selectFrom('community_inbound_mail')
      .select('message_key')
      .where('user_id', '=', lena.user.id)
      .execute();
    assert.deepEqual(left, []);
  });
});
