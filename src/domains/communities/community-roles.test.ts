import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity } from '../../../test/support/communities.ts';
import { outboxRow } from '../../../test/support/mail.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Facilitators through the community page: a facilitator makes a member a facilitator, who is told by
 * mail and sees it on the page; a facilitator steps down, but never the last one (nor may the last one
 * leave); the secretariat ends someone's facilitator role. Nobody else may change a role.
 */
describe(`community facilitators (${testDialect})`, () => {
  let t: TTestApp;
  let secretariat: TestClient;
  let founder: TestClient;
  let member: TestClient;
  let memberUser: TTestUser;
  let outsider: TestClient;
  let elsewhere: TestClient;
  let founderUser: TTestUser;
  const base = '/en/communities/home-visits';

  async function join(client: TestClient, slug: string) {
    await client.get(`/en/communities/${slug}`);
    assert.equal((await client.post(`/en/communities/${slug}/join`, {})).status, 303);
  }
  const roleOf = async (userId: string) =>
    (
      await t.deps.db
        .selectFrom('community_members as m')
        .innerJoin('communities as c', 'c.id', 'm.community_id')
        .select('m.role')
        .where('c.slug', '=', 'home-visits')
        .where('m.user_id', '=', userId)
        .executeTakeFirst()
    )?.role ?? null;

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-06-01T12:00:00Z') } });
    secretariat = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    founderUser = await createUser(t.deps, { name: 'Farah Founder' });
    founder = await signedInClient(t.client(), founderUser);
    memberUser = await createUser(t.deps, { name: 'Marta Miembro', locale: 'es' });
    member = await signedInClient(t.client(), memberUser);
    outsider = await signedInClient(t.client(), await createUser(t.deps, { name: 'Oskar Outsider' }));
    elsewhere = await signedInClient(t.client(), await createUser(t.deps, { name: 'Elif Elsewhere' }));
    // A member proposes the community and the secretariat approves it: the proposer is its facilitator.
    await createCommunity(founder, { name: 'Home visits', description: 'Visiting older people at home.' });
    await secretariat.get(base);
    assert.equal((await secretariat.post(`${base}/approve`, {})).status, 303);
    await createCommunity(elsewhere, { name: 'Other place', description: 'Somewhere else.' });
    await secretariat.get('/en/communities/other-place');
    await secretariat.post('/en/communities/other-place/approve', {});
    await join(member, 'home-visits');
  });
  after(async () => {
    await t.close();
  });

  it('refuses a role change to anyone but the facilitators and the secretariat', async () => {
    const path = `${base}/members/${memberUser.id}/facilitator`;
    for (const [who, client] of [
      ['anonymous', t.client()],
      ['non-member', outsider],
      ['the member themself', member],
      ['facilitator of another community', elsewhere],
    ] as const) {
      await client.get(base);
      const res = await client.post(path, { facilitator: '1' });
      assert.ok([302, 303, 401, 403, 404].includes(res.status), `${who}: ${res.status}`);
      if (res.status === 303) assert.ok(!(res.headers.get('location') ?? '').startsWith(base), who);
      assert.equal(await roleOf(memberUser.id), 'member', who);
      assert.ok(!(await client.get(base)).html.includes(`action="${path}"`), `${who} sees no button`);
    }
    // A facilitator may not end a fellow facilitator's role; only the secretariat may.
    await founder.get(base);
    const peer = await elsewhere.post(`/en/communities/other-place/members/${founderUser.id}/facilitator`, {
      facilitator: '0',
    });
    assert.ok([403, 404].includes(peer.status));
  });

  it('makes a member a facilitator from the page; they are told by mail in their language and on the page', async () => {
    const page = await founder.get(base);
    assert.ok(page.html.includes(`action="${base}/members/${memberUser.id}/facilitator"`));
    assert.ok(visibleText(page.html).includes('Make facilitator'));
    const res = await founder.post(`${base}/members/${memberUser.id}/facilitator`, { facilitator: '1' });
    assert.equal(res.status, 303);
    assert.equal(await roleOf(memberUser.id), 'facilitator');
    const flash = await founder.get(res.headers.get('location') ?? base);
    assert.ok(visibleText(flash.html).includes('They are now a facilitator'));
    const mail = await outboxRow(t.deps, { to: memberUser.email });
    assert.equal(mail.subject, 'Ahora facilita la comunidad Home visits');
    assert.ok(mail.text_body.includes('/es/communities/home-visits'));
    const seen = visibleText((await member.get('/es/communities/home-visits')).html);
    assert.ok(seen.includes('pasó a facilitar esta comunidad'), seen.slice(0, 500));
    assert.ok(seen.includes('Dejar de ser facilitador/a'));
    const [entry] = await auditEntries(t.deps, { actions: ['communities.facilitator_added'] });
    assert.ok(entry);
    assert.match(entry.details, new RegExp(memberUser.id));
  });

  it('lets a facilitator step down, but keeps one at least: the last one can neither step down nor leave', async () => {
    await member.get('/es/communities/home-visits');
    const stepped = await member.post(`/es/communities/home-visits/members/${memberUser.id}/facilitator`, {
      facilitator: '0',
    });
    assert.equal(stepped.status, 303);
    assert.equal(await roleOf(memberUser.id), 'member');
    // The founder is the only facilitator left.
    await founder.get(base);
    const refused = await founder.post(`${base}/members/${founderUser.id}/facilitator`, { facilitator: '0' });
    assert.equal(refused.status, 303);
    const told = visibleText((await founder.get(refused.headers.get('location') ?? base)).html);
    assert.ok(told.includes('A community needs at least one facilitator'), told.slice(0, 400));
    assert.equal(await roleOf(founderUser.id), 'facilitator');
    const left = await founder.post(`${base}/leave`, {});
    assert.equal(left.status, 303);
    assert.ok(
      visibleText((await founder.get(base)).html).includes('A community needs at least one facilitator'),
    );
    assert.equal(await roleOf(founderUser.id), 'facilitator');
  });

  it('lets the secretariat end a facilitator’s role, with a mail to them', async () => {
    await founder.get(base);
    await founder.post(`${base}/members/${memberUser.id}/facilitator`, { facilitator: '1' });
    const page = await secretariat.get(base);
    assert.ok(visibleText(page.html).includes('End facilitator role'));
    const ended = await secretariat.post(`${base}/members/${founderUser.id}/facilitator`, {
      facilitator: '0',
    });
    assert.equal(ended.status, 303);
    assert.equal(await roleOf(founderUser.id), 'member');
    const mail = await outboxRow(t.deps, { to: founderUser.email });
    assert.equal(mail.subject, 'You are no longer a facilitator of Home visits');
    assert.ok(
      visibleText((await founder.get(base)).html).includes('your facilitator role in this community ended'),
    );
  });
});
