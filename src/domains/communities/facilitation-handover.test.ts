import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity } from '../../../test/support/communities.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * The last facilitator deletes their account (docs/adr/0080): the deletion goes through, the community
 * passes to the secretariat — an audit entry, a notice on its page for everyone, a list in the
 * secretariat's directory — until the secretariat makes a member a facilitator. A community that keeps
 * another facilitator is untouched.
 */
describe(`a community whose last facilitator deletes their account (${testDialect})`, () => {
  let t: TTestApp;
  let secretariat: TestClient;
  let leaverUser: TTestUser;
  let leaver: TestClient;
  let memberUser: TTestUser;
  const notice = 'This community has no facilitator at the moment';

  const propose = async (client: TestClient, name: string) => {
    await createCommunity(client, { name, description: `${name}, for carers.` });
    const slug = name.toLowerCase().replace(/ /g, '-');
    await secretariat.get(`/en/communities/${slug}`);
    assert.equal((await secretariat.post(`/en/communities/${slug}/approve`, {})).status, 303);
    return slug;
  };
  const join = async (client: TestClient, slug: string) => {
    await client.get(`/en/communities/${slug}`);
    assert.equal((await client.post(`/en/communities/${slug}/join`, {})).status, 303);
  };

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-06-01T12:00:00Z') } });
    secretariat = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    leaverUser = await createUser(t.deps, { name: 'Lena Leaving' });
    leaver = await signedInClient(t.client(), leaverUser);
    memberUser = await createUser(t.deps, { name: 'Mo Member' });
    const member = await signedInClient(t.client(), memberUser);
    // Lena proposes both; in the second, Mo becomes a facilitator too.
    await propose(leaver, 'Night carers');
    await propose(leaver, 'Day centres');
    for (const slug of ['night-carers', 'day-centres']) await join(member, slug);
    await leaver.get('/en/communities/day-centres');
    const appointed = await leaver.post(`/en/communities/day-centres/members/${memberUser.id}/facilitator`, {
      facilitator: '1',
    });
    assert.equal(appointed.status, 303);
  });
  after(async () => {
    await t.close();
  });

  it('deletes the account, records the hand-over, and says on the page that the secretariat looks after it', async () => {
    assert.ok(!visibleText((await t.client().get('/en/communities/night-carers')).html).includes(notice));
    await leaver.get('/en/account');
    const deleted = await leaver.post('/en/account/delete', { password: leaverUser.password });
    assert.equal(deleted.status, 303);
    const entries = await auditEntries(t.deps, { actions: ['communities.facilitator_lost'] });
    assert.equal(entries.length, 1, 'only the community nobody facilitates any more');
    assert.match(entries[0]?.details ?? '', /night-carers/);
    const page = visibleText((await t.client().get('/en/communities/night-carers')).html);
    assert.ok(page.includes(notice), page.slice(0, 600));
    const kept = visibleText((await t.client().get('/en/communities/day-centres')).html);
    assert.ok(!kept.includes(notice), 'Mo still facilitates Day centres');
  });

  it('lists it for the secretariat only, until the secretariat makes a member its facilitator', async () => {
    const directory = visibleText((await secretariat.get('/en/communities')).html);
    assert.ok(directory.includes('Communities without a facilitator'));
    assert.ok(directory.includes('Night carers'));
    const asMember = await signedInClient(t.client(), memberUser);
    assert.ok(
      !visibleText((await asMember.get('/en/communities')).html).includes(
        'Communities without a facilitator',
      ),
    );
    await secretariat.get('/en/communities/night-carers');
    const appointed = await secretariat.post(
      `/en/communities/night-carers/members/${memberUser.id}/facilitator`,
      { facilitator: '1' },
    );
    assert.equal(appointed.status, 303);
    assert.ok(!visibleText((await t.client().get('/en/communities/night-carers')).html).includes(notice));
    assert.ok(
      !visibleText((await secretariat.get('/en/communities')).html).includes(
        'Communities without a facilitator',
      ),
    );
  });
});
