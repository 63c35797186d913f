import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { audit } from '../../core/audit.ts';

describe('admin pages', () => {
  let t: TTestApp;
  let admin: TestClient;
  let adminId: string;
  before(async () => {
    t = await createTestApp();
    const user = await createUser(t.deps, { name: 'Ada Admin', roles: ['admin'] });
    adminId = user.id;
    admin = await signedInClient(t.client(), user);
  });
  after(async () => {
    await t.close();
  });

  const pages = ['/en/admin', '/en/admin/people', '/en/admin/audit', '/en/admin/outbox'];

  it('sends anonymous visitors to sign in first', async () => {
    for (const path of [...pages, '/en/admin/people?q=a&page=2']) {
      const res = await t.client().request(path);
      assert.equal(res.status, 302, path);
      assert.equal(res.headers.get('location'), `/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it('answers 403 with a translated page to people without the permission', async () => {
    const plain = await signedInClient(t.client(), await createUser(t.deps));
    for (const path of pages) {
      const { response, html } = await plain.get(path.replace('/en/', '/ru/'));
      assert.equal(response.status, 403, path);
      assert.match(html, /<html lang="ru"/);
      assert.match(visibleText(html), /Доступ запрещен/);
    }
    assert.doesNotMatch((await plain.get('/en/')).html, /href="\/en\/admin"/, 'no admin link for them');
  });

  for (const role of ['reviewer', 'curator', 'moderator']) {
    it(`lets a ${role} see the administration index, but not people, audit or outbox`, async () => {
      const client = await signedInClient(t.client(), await createUser(t.deps, { roles: [role] }));
      const home = await client.get('/en/');
      assert.match(home.html, /href="\/en\/admin"/);
      const index = await client.get('/en/admin');
      assert.equal(index.response.status, 200);
      if (role === 'reviewer') assert.match(index.html, /href="\/en\/admin\/applications"/);
      else if (role === 'curator')
        assert.match(index.html, /<a href="\/en\/admin\/indicators">Care indicators<\/a>/);
      else assert.match(visibleText(index.html), /There are no administration tools for your role yet/);
      assert.doesNotMatch(index.html, /href="\/en\/admin\/people"/);
      for (const path of pages.slice(1)) assert.equal((await client.get(path)).response.status, 403, path);
      const grant = await client.post(`/en/admin/people/${adminId}/roles/revoke`, { role: 'admin' });
      assert.equal(grant.status, 403);
    });
  }

  it('shows an admin links to every section', async () => {
    const { html } = await admin.get('/en/admin');
    for (const section of ['applications', 'people', 'audit', 'outbox', 'indicators'])
      assert.match(html, new RegExp(`href="/en/admin/${section}"`));
    assert.match(html, /href="\/en\/members\/champions\/criteria"/);
    assert.match(visibleText(html), /Membership applications .* Care Champions/);
  });

  it('shows a reviewer the membership review queue, and a plain user no administration at all', async () => {
    const reviewer = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    const index = await reviewer.get('/en/admin');
    assert.equal(index.response.status, 200);
    assert.match(index.html, /<a href="\/en\/admin\/applications">Membership applications<\/a>/);
    assert.doesNotMatch(visibleText(index.html), /There are no administration tools/);
    assert.equal((await reviewer.get('/en/admin/applications')).response.status, 200);

    const plain = await signedInClient(t.client(), await createUser(t.deps));
    const denied = await plain.get('/en/admin');
    assert.equal(denied.response.status, 403);
    assert.doesNotMatch(denied.html, /href="\/en\/admin\/applications"/);
  });

  it('names the actions of other domains in the audit log in the reader’s language, not by code', async () => {
    const at = new Date().toISOString();
    for (const [action, subjectType] of [
      ['membership.application_accepted', 'membership_application'],
      ['organizations.champion_designated', 'organization'],
      ['demo.loaded', 'installation'],
    ] as const) {
      await audit(t.deps.db, { actorId: adminId, at }, action, { type: subjectType, id: null });
    }
    const english = await admin.get('/en/admin/audit?action=membership.application_accepted');
    assert.equal(english.response.status, 200);
    assert.match(visibleText(english.html), /Ada Admin Application accepted membership_application/);
    assert.match(
      english.html,
      /<option value="membership.application_accepted" selected="">Application accepted<\/option>/,
    );
    const arabic = await admin.get('/ar/admin/audit?action=membership.application_accepted');
    assert.equal(arabic.response.status, 200);
    assert.match(visibleText(arabic.html), /Ada Admin قبول الطلب membership_application/);
    for (const { html } of [english, arabic])
      assert.doesNotMatch(visibleText(html), /membership\.application_accepted/);

    const champion = visibleText(
      (await admin.get('/en/admin/audit?action=organizations.champion_designated')).html,
    );
    assert.match(champion, /Ada Admin Care Champion designated organization/);
    const demo = visibleText((await admin.get('/fr/admin/audit?action=demo.loaded')).html);
    assert.match(demo, /Contenu de démonstration chargé/);
    assert.doesNotMatch(demo, /demo\.loaded/);
  });

  it('lists people with their roles, searches by name or e-mail, and pages through them', async () => {
    await createUser(t.deps, {
      name: 'Bogotá Care Blocks Lead',
      email: 'manzanas@example.org',
      roles: ['curator'],
    });
    await createUser(t.deps, { name: 'Олена Шевченко', email: 'olena@example.org' });
    const all = await admin.get('/en/admin/people');
    assert.equal(all.response.status, 200);
    assert.match(visibleText(all.html), /Bogotá Care Blocks Lead manzanas@example\.org Curator/);

    const byName = visibleText((await admin.get('/en/admin/people?q=care+blocks')).html);
    assert.match(byName, /1 person/);
    assert.match(byName, /manzanas@example\.org/);
    const byEmail = visibleText((await admin.get('/en/admin/people?q=OLENA@')).html);
    assert.match(byEmail, /Олена Шевченко/);
    assert.doesNotMatch(byEmail, /manzanas/);
    const byCyrillic = visibleText(
      (await admin.get(`/en/admin/people?q=${encodeURIComponent('Шевченко')}`)).html,
    );
    assert.match(byCyrillic, /olena@example\.org/);
    const none = visibleText((await admin.get('/en/admin/people?q=%25')).html);
    assert.match(none, /Nobody found/, 'a % is searched for literally');

    for (let i = 0; i < 26; i += 1)
      await createUser(t.deps, { name: `Paging Person ${String(i).padStart(2, '0')}` });
    const first = await admin.get('/en/admin/people?q=Paging');
    assert.match(visibleText(first.html), /26 people/);
    assert.match(first.html, /href="\/en\/admin\/people\?q=Paging&amp;page=2" rel="next"/);
    const second = await admin.get('/en/admin/people?q=Paging&page=2');
    assert.match(visibleText(second.html), /Paging Person 25/);
    assert.doesNotMatch(visibleText(second.html), /Paging Person 00/);
    assert.match(second.html, /rel="prev"/);
    assert.equal((await admin.get('/en/admin/people?page=nonsense')).response.status, 200);
  });

  it('grants and revokes a role, audited, and the audit log page shows it', async () => {
    const person = await createUser(t.deps, { name: 'Rania Haddad' });
    const page = await admin.get(`/ar/admin/people/${person.id}`);
    assert.equal(page.response.status, 200);
    assert.match(page.html, /<html lang="ar" dir="rtl">/);
    const granted = await admin.post(`/ar/admin/people/${person.id}/roles/grant`, { role: 'reviewer' });
    assert.equal(granted.status, 303);
    const after = await admin.get(`/ar/admin/people/${person.id}`);
    assert.match(visibleText(after.html), /تم منح الدور/);
    assert.match(after.html, /سحب الدور: مراجِع/);

    // The person now sees the administration link.
    const reviewer = await signedInClient(t.client(), person);
    assert.match((await reviewer.get('/en/')).html, /href="\/en\/admin"/);

    const audit = await admin.get('/en/admin/audit?action=accounts.role_granted');
    const text = visibleText(audit.html);
    assert.match(text, /Ada Admin Role given Rania Haddad role Reviewer/);
    assert.match(audit.html, /<time datetime="\d{4}-\d\d-\d\dT[^"]+">[A-Z][a-z]{2} \d{1,2}, \d{4}/);
    const french = await admin.get('/fr/admin/audit?action=accounts.role_granted');
    assert.match(visibleText(french.html), /Ada Admin Rôle attribué Rania Haddad role Évaluation/);
    assert.match(french.html, /<option value="accounts.role_granted" selected="">Rôle attribué<\/option>/);

    const revoked = await admin.post(`/en/admin/people/${person.id}/roles/revoke`, { role: 'reviewer' });
    assert.equal(revoked.status, 303);
    const rows = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('subject_id', '=', person.id)
      .where('action', 'like', 'accounts.role_%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.action, r.actor_id, JSON.parse(r.details).role]),
      [
        ['accounts.role_granted', adminId, 'reviewer'],
        ['accounts.role_revoked', adminId, 'reviewer'],
      ],
    );
    assert.equal((await reviewer.get('/en/admin')).response.status, 403);
  });

  it('refuses an unknown role and a forged CSRF token', async () => {
    const person = await createUser(t.deps);
    await admin.get(`/en/admin/people/${person.id}`);
    assert.equal(
      (await admin.post(`/en/admin/people/${person.id}/roles/grant`, { role: 'owner' })).status,
      400,
    );
    const forged = await admin.post(
      `/en/admin/people/${person.id}/roles/grant`,
      { role: 'admin' },
      { csrf: 'x' },
    );
    assert.equal(forged.status, 403);
    const roles = await t.deps.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', person.id)
      .execute();
    assert.deepEqual(roles, []);
    assert.equal((await admin.get('/en/admin/people/not-a-person')).response.status, 404);
  });

  it('keeps the last admin: an admin cannot remove their own role when nobody else has it', async () => {
    const fresh = await createTestApp();
    try {
      const only = await createUser(fresh.deps, { name: 'Only Admin', roles: ['admin'] });
      const client = await signedInClient(fresh.client(), only);
      await client.get(`/en/admin/people/${only.id}`);
      const res = await client.post(`/en/admin/people/${only.id}/roles/revoke`, { role: 'admin' });
      assert.equal(res.status, 409);
      assert.match(visibleText(await res.text()), /This is the hub’s last administrator/);
      assert.equal((await client.get('/en/admin/people')).response.status, 200, 'still an admin');

      const second = await createUser(fresh.deps, { roles: ['admin'] });
      const ok = await client.post(`/en/admin/people/${only.id}/roles/revoke`, { role: 'admin' });
      assert.equal(ok.status, 303, 'with a second admin it may go');
      assert.equal((await client.get('/en/admin/people')).response.status, 403);
      const secondClient = await signedInClient(fresh.client(), second);
      await secondClient.get(`/en/admin/people/${second.id}`);
      assert.equal(
        (await secondClient.post(`/en/admin/people/${second.id}/roles/revoke`, { role: 'admin' })).status,
        409,
      );
    } finally {
      await fresh.close();
    }
  });

  it('shows the outbox with status and each message’s body', async () => {
    const client = t.client();
    await client.get('/en/forgot-password');
    const person = await createUser(t.deps, { email: 'outbox-reader@example.org' });
    await client.post('/en/forgot-password', { email: person.email });
    const list = await admin.get('/en/admin/outbox?status=kept');
    const text = visibleText(list.html);
    assert.match(text, /No mail server is configured/);
    assert.match(text, /outbox-reader@example\.org Choose a new password one-time link Kept, not sent/);
    assert.match(visibleText((await admin.get('/en/admin/outbox?status=sent')).html), /No messages\./);
    const path = /href="(\/en\/admin\/outbox\/[^"]+)">Choose a new password/.exec(list.html)?.[1];
    assert.ok(path);
    const message = await admin.get(path);
    assert.match(visibleText(message.html), /Someone, probably you, asked to reset the password/);
    assert.match(message.html, /<a href="http:\/\/localhost\/en\/reset-password\?token=[\w-]{43}">/);
    assert.equal((await admin.get('/en/admin/outbox/nothing')).response.status, 404);
  });
});
