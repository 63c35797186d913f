import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createUser,
  latestLinkTo,
  latestMailTo,
  signedInClient,
  type TTestUser,
  visibleText,
} from '../../../test/support/accounts.ts';
import {
  applicationFields,
  applicationIdOf,
  outboxTo,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { startSmtpPeer, type TSmtpPeer } from '../../../test/support/smtp-peer.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * The admin outbox and one-time links (docs/adr/0018): withheld when mail is delivered, shown and
 * audited when it is only kept here; ordinary mail readable either way.
 */
async function requestReset(t: TTestApp, email: string): Promise<{ id: string; token: string }> {
  const person = await createUser(t.deps, { email });
  const client = t.client();
  await client.get('/en/forgot-password');
  assert.equal((await client.post('/en/forgot-password', { email: person.email })).status, 303);
  const row = await latestMailTo(t.deps, person.email);
  assert.ok(row);
  assert.equal(Number(row.carries_secret), 1, 'the reset mail is marked');
  const { token } = await latestLinkTo(t.deps, person.email);
  assert.match(token, /^[\w-]{43}$/);
  return { id: row.id, token };
}

/** An application taken to acceptance: its mails to the applicant, the last one the decision. */
async function acceptAnApplication(t: TTestApp, email: string) {
  const statusPath = await submitApplication(t.client(), applicationFields({ contactEmail: email }));
  const applicant = t.client();
  const id = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
  const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
  await staff.get(`/en/admin/applications/${id}`);
  assert.equal((await staff.post(`/en/admin/applications/${id}/start-review`, { version: '2' })).status, 303);
  assert.equal((await staff.post(`/en/admin/applications/${id}/accept`, { version: '3' })).status, 303);
  const mails = await outboxTo(t.deps, email);
  const decision = mails.find((m) => m.dedupe_key === `application:${id}:4`);
  const owner = mails.find((m) => m.dedupe_key === `application:${id}:owner`);
  assert.ok(decision && owner);
  assert.equal(Number(owner.carries_secret), 1, "the new owner's first-password link is marked");
  const statusKey = statusPath.split('/').at(-1) ?? '';
  return { statusKey, mails, decision };
}

async function secretReadsOf(t: TTestApp, messageId: string) {
  return t.deps.db
    .selectFrom('audit_log')
    .select(['actor_id', 'subject_type', 'details'])
    .where('action', '=', 'admin.outbox_secret_read')
    .where('subject_id', '=', messageId)
    .execute();
}

describe(`admin outbox with a mail server: one-time links are withheld (${testDialect})`, () => {
  let peer: TSmtpPeer;
  let t: TTestApp;
  let admin: TestClient;
  before(async () => {
    peer = await startSmtpPeer();
    t = await createTestApp({ env: { SMTP_URL: peer.url } });
    admin = await signedInClient(t.client(), await createUser(t.deps, { roles: ['admin'] }));
  });
  after(async () => {
    await t.close();
    await peer.close();
  });

  it('shows recipient, subject and status of a reset mail, but neither its link nor its secret', async () => {
    const { id, token } = await requestReset(t, 'smtp-reset@example.org');
    await t.deps.mailer.dispatchPending();
    const delivered = peer.received.find((r) => r.envelopeTo.includes('smtp-reset@example.org'));
    assert.ok(delivered?.mail.text?.includes(token), 'the recipient got the link');

    const list = await admin.get('/en/admin/outbox');
    assert.match(visibleText(list.html), /smtp-reset@example\.org Choose a new password one-time link/);
    const { response, html } = await admin.get(`/en/admin/outbox/${id}`);
    assert.equal(response.status, 200);
    assert.ok(!html.includes(token), 'the secret is not in the page');
    assert.doesNotMatch(html, /reset-password\?token=/);
    const text = visibleText(html);
    assert.match(text, /smtp-reset@example\.org/);
    assert.match(text, /Choose a new password/);
    assert.match(text, /Sent/);
    assert.match(text, /This message carries a one-time link for its recipient only; it is not shown here\./);
    assert.deepEqual(await secretReadsOf(t, id), [], 'nothing was read, nothing to audit');
  });

  it('withholds the body in every language', async () => {
    const { id, token } = await requestReset(t, 'smtp-reset-ar@example.org');
    const { html } = await admin.get(`/ar/admin/outbox/${id}`);
    assert.ok(!html.includes(token));
    assert.match(visibleText(html), /تحمل هذه الرسالة رابطًا لمرة واحدة/);
  });

  it('keeps ordinary mail readable, and marks and withholds the application status link', async () => {
    const { statusKey, mails, decision } = await acceptAnApplication(t, 'smtp-applicant@example.org');
    assert.equal(Number(decision.carries_secret), 0, 'the acceptance links to the public member page');
    const page = await admin.get(`/en/admin/outbox/${decision.id}`);
    assert.equal(page.response.status, 200);
    assert.ok(page.html.includes(decision.text_body.split('\n')[0] ?? '-'), 'the body is shown');
    assert.doesNotMatch(visibleText(page.html), /one-time link/);
    const submitted = mails[0];
    assert.ok(submitted);
    assert.equal(Number(submitted.carries_secret), 1, 'the receipt carries the status link');
    assert.ok(submitted.text_body.includes(statusKey));
    assert.ok(!(await admin.get(`/en/admin/outbox/${submitted.id}`)).html.includes(statusKey));
  });
});

describe(`admin outbox without a mail server: links shown, reading audited (${testDialect})`, () => {
  let t: TTestApp;
  let adminUser: TTestUser;
  let admin: TestClient;
  before(async () => {
    t = await createTestApp();
    adminUser = await createUser(t.deps, { roles: ['admin'] });
    admin = await signedInClient(t.client(), adminUser);
  });
  after(async () => {
    await t.close();
  });

  it('shows the reset link, says why, and records who read it', async () => {
    const { id, token } = await requestReset(t, 'kept-reset@example.org');
    const { response, html } = await admin.get(`/en/admin/outbox/${id}`);
    assert.equal(response.status, 200);
    assert.ok(html.includes(`reset-password?token=${token}`), 'the link is there to follow');
    assert.match(visibleText(html), /It is shown because mail is not being delivered/);
    const reads = await secretReadsOf(t, id);
    assert.equal(reads.length, 1);
    assert.equal(reads[0]?.actor_id, adminUser.id);
    assert.equal(reads[0]?.subject_type, 'outbox_message');
    assert.match(reads[0]?.details ?? '', /kept-reset@example\.org/);
    const audit = await admin.get('/en/admin/audit');
    assert.match(visibleText(audit.html), /One-time link mail read in the outbox/);
  });

  it('withholds a marked body that already went out over SMTP, even with no mail server now', async () => {
    const { id, token } = await requestReset(t, 'sent-before@example.org');
    await t.deps.db.updateTable('outbox').set({ status: 'sent' }).where('id', '=', id).execute();
    const { html } = await admin.get(`/en/admin/outbox/${id}`);
    assert.ok(!html.includes(token));
    assert.deepEqual(await secretReadsOf(t, id), []);
  });

  it('keeps ordinary mail readable without an audit entry', async () => {
    const { decision } = await acceptAnApplication(t, 'kept-applicant@example.org');
    const page = await admin.get(`/en/admin/outbox/${decision.id}`);
    assert.ok(page.html.includes(decision.text_body.split('\n')[0] ?? '-'));
    assert.doesNotMatch(visibleText(page.html), /one-time link/);
    assert.deepEqual(await secretReadsOf(t, decision.id), []);
  });

  it('still refuses the message page to everyone but admins', async () => {
    const { id, token } = await requestReset(t, 'not-yours@example.org');
    const anonymous = await t.client().request(`/en/admin/outbox/${id}`);
    assert.equal(anonymous.status, 302);
    for (const roles of [[], ['reviewer'], ['moderator']]) {
      const client = await signedInClient(t.client(), await createUser(t.deps, { roles }));
      const { response, html } = await client.get(`/en/admin/outbox/${id}`);
      assert.equal(response.status, 403, roles.join() || 'no role');
      assert.ok(!html.includes(token));
    }
    assert.equal((await admin.get('/en/admin/outbox/nothing')).response.status, 404);
    assert.deepEqual(await secretReadsOf(t, id), []);
  });
});
