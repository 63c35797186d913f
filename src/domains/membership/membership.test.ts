import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, linkPathIn, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { auditActions, auditEntries } from '../../../test/support/audit-entries.ts';
import {
  applicationFields,
  applicationIdOf,
  applicationStatusOf,
  outboxTo,
  pdfFile,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('membership: apply, review, decide', () => {
  const t = useTestApp();

  async function reviewer() {
    const user = await createUser(t.deps, { roles: ['reviewer'] });
    return { user, client: await signedInClient(t.client(), user) };
  }

  it('explains who can join on /join, in Arabic from right to left', async () => {
    const { response, html } = await t.client().get('/ar/join');
    assert.equal(response.status, 200);
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.match(html, /href="\/ar\/join\/apply"/);
    assert.match(visibleText(html), /انضموا إلى التحالف/);
  });

  it('takes an application with a PDF letter: reference, confirmation e-mail, status page, audit', async () => {
    const client = t.client();
    const fields = applicationFields({ letterFile: pdfFile('carta.pdf') });
    const statusPath = await submitApplication(client, fields, 'es');
    const { response, html } = await client.get(statusPath);
    assert.equal(response.status, 200);
    const reference = referenceIn(html);
    assert.match(visibleText(html), /Enviada/);
    const mails = await outboxTo(t.deps, String(fields.contactEmail));
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.subject ?? '', new RegExp(reference));
    assert.equal(linkPathIn(mails[0]?.text_body ?? ''), statusPath);
    const id = await applicationIdOf(t.deps, reference);
    assert.deepEqual(await auditActions(t.deps, { subjectId: id }), [
      'membership.application_started',
      'membership.application_submitted',
    ]);
    const letter = await client.request(`${statusPath}/letter`);
    assert.equal(letter.status, 200);
    assert.equal(letter.headers.get('content-type'), 'application/pdf');
    assert.match(letter.headers.get('content-disposition') ?? '', /^attachment; filename="carta\.pdf"/);
    assert.equal(letter.headers.get('x-content-type-options'), 'nosniff');
    assert.match(new TextDecoder().decode(await letter.arrayBuffer()), /^%PDF-/);
  });

  it('saves an incomplete draft, e-mails nothing to reviewers, and resumes it later', async () => {
    const client = t.client();
    await client.get('/en/join/apply');
    const email = `draft.${Date.now()}@example.org`;
    const res = await client.post('/en/join/apply', {
      name: 'Half-done Foundation',
      contactEmail: email,
      intent: 'draft',
    });
    assert.equal(res.status, 303);
    const statusPath = res.headers.get('location') ?? '';
    const { html } = await client.get(statusPath);
    assert.match(visibleText(html), /Draft/);
    const edit = await client.get(`${statusPath}/edit`);
    assert.equal(edit.response.status, 200);
    assert.match(edit.html, /value="Half-done Foundation"/);
    const incomplete = await client.post(`${statusPath}/edit`, {
      name: 'Half-done Foundation',
      contactEmail: email,
      intent: 'submit',
      version: '1',
    });
    assert.equal(incomplete.status, 422);
    const page = await incomplete.text();
    assert.match(page, /Please choose at least one country/);
    assert.match(page, /Please confirm that you agree/);
    const done = await client.post(
      `${statusPath}/edit`,
      applicationFields({ name: 'Half-done Foundation', contactEmail: email, version: '1' }),
    );
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), statusPath);
    assert.match(visibleText((await client.get(statusPath)).html), /Submitted/);
  });

  it('walks the review: start, request information, resubmit, accept; e-mails and audits each step', async () => {
    const applicant = t.client();
    const fields = applicationFields({ letterFile: pdfFile() });
    const statusPath = await submitApplication(applicant, fields, 'ar');
    const reference = referenceIn((await applicant.get(statusPath)).html);
    const id = await applicationIdOf(t.deps, reference);
    const { client: staff } = await reviewer();

    const queue = await staff.get('/en/admin/applications?status=open');
    assert.equal(queue.response.status, 200);
    assert.match(queue.html, new RegExp(reference));

    const review = await staff.get(`/en/admin/applications/${id}`);
    assert.equal(review.response.status, 200);
    assert.match(review.html, new RegExp(String(fields.contactEmail).replace('.', '\\.')));
    assert.equal(
      (await staff.post(`/en/admin/applications/${id}/start-review`, { version: '2' })).status,
      303,
    );
    const asked = await staff.post(`/en/admin/applications/${id}/request-information`, {
      version: '3',
      message: 'Which cities do you work in?',
    });
    assert.equal(asked.status, 303);

    const status = await applicant.get(statusPath);
    assert.match(visibleText(status.html), /Which cities do you work in\?/);
    const again = await applicant.post(`${statusPath}/edit`, {
      ...fields,
      letterFile: pdfFile(),
      city: 'Monterrey',
      version: '4',
    });
    assert.equal(again.status, 303, visibleText(await again.text()).slice(0, 2000));

    const version = async () =>
      /name="version" value="(\d+)"/.exec((await staff.get(`/en/admin/applications/${id}`)).html)?.[1] ?? '';
    assert.equal(
      (await staff.post(`/en/admin/applications/${id}/start-review`, { version: await version() })).status,
      303,
    );
    const accepted = await staff.post(`/en/admin/applications/${id}/accept`, {
      version: await version(),
      message: 'Welcome!',
    });
    assert.equal(accepted.status, 303);

    const application = await t.deps.db
      .selectFrom('membership_applications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(application.status, 'accepted');
    assert.ok(application.organization_id);
    const organization = await t.deps.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', application.organization_id)
      .executeTakeFirstOrThrow();
    assert.equal(organization.membership_status, 'member');
    assert.equal(organization.city, 'Monterrey');
    const owner = await t.deps.db
      .selectFrom('organization_members')
      .innerJoin('users', 'users.id', 'organization_members.user_id')
      .select(['users.email', 'organization_members.role'])
      .where('organization_id', '=', organization.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(owner, { email: fields.contactEmail, role: 'owner' });

    const subjects = (await outboxTo(t.deps, String(fields.contactEmail))).map((m) => m.subject);
    assert.equal(subjects.length, 7, subjects.join(' | '));
    assert.match(subjects.join(' | '), /مرحبًا بكم/);
    const accountMail = (await outboxTo(t.deps, String(fields.contactEmail))).find((m) =>
      m.subject.startsWith('حسابكم'),
    );
    assert.match(linkPathIn(accountMail?.text_body ?? ''), /^\/ar\/reset-password\?token=[\w-]{43}$/);

    assert.deepEqual(await auditActions(t.deps, { subjectId: id }), [
      'membership.application_accepted',
      'membership.application_resubmitted',
      'membership.application_started',
      'membership.application_submitted',
      'membership.information_requested',
      // The resubmission sent a new letter file: the earlier one is kept (ADR 0098).
      'membership.letter_file_kept',
      'membership.review_started',
      'membership.review_started',
    ]);
    const history = await staff.get(`/en/admin/applications/${id}`);
    assert.match(visibleText(history.html), /Information requested/);
    assert.match(history.html, new RegExp(`/en/members/${encodeURIComponent(organization.slug)}`));
  });

  it('lets one of two reviewers deciding at the same moment win, and tells the other', async () => {
    const statusPath = await submitApplication(t.client());
    const reference = referenceIn((await t.client().get(statusPath)).html);
    const id = await applicationIdOf(t.deps, reference);
    const first = await reviewer();
    const second = await reviewer();
    await first.client.get(`/en/admin/applications/${id}`);
    await second.client.get(`/en/admin/applications/${id}`);
    const [a, b] = await Promise.all([
      first.client.post(`/en/admin/applications/${id}/accept`, { version: '2', message: '' }),
      second.client.post(`/en/admin/applications/${id}/decline`, { version: '2', message: 'Not now.' }),
    ]);
    const statuses = [a.status, b.status].sort();
    assert.deepEqual(statuses, [303, 409]);
    const loser = a.status === 409 ? a : b;
    assert.match(visibleText(await loser.text()), /Someone else acted on this application/);
    const decisions = ['membership.application_accepted', 'membership.application_declined'];
    assert.equal((await auditEntries(t.deps, { subjectId: id, actions: decisions })).length, 1);
  });

  it('refuses to accept a withdrawn application', async () => {
    const applicant = t.client();
    const statusPath = await submitApplication(applicant);
    const reference = referenceIn((await applicant.get(statusPath)).html);
    const id = await applicationIdOf(t.deps, reference);
    assert.equal((await applicant.post(`${statusPath}/withdraw`, { version: '2' })).status, 303);
    assert.match(visibleText((await applicant.get(statusPath)).html), /Withdrawn/);
    const { client } = await reviewer();
    const res = await client.post(`/en/admin/applications/${id}/accept`, { version: '3' });
    assert.equal(res.status, 409);
    assert.equal(await applicationStatusOf(t.deps, id), 'withdrawn');
    assert.equal((await applicant.post(`${statusPath}/withdraw`, { version: '3' })).status, 409);
  });

  it('keeps reviewer notes private and lists them on the review page', async () => {
    const applicant = t.client();
    const statusPath = await submitApplication(applicant);
    const reference = referenceIn((await applicant.get(statusPath)).html);
    const id = await applicationIdOf(t.deps, reference);
    const { client } = await reviewer();
    await client.get(`/en/admin/applications/${id}`);
    assert.equal(
      (await client.post(`/en/admin/applications/${id}/notes`, { body: 'Strong letter; check the budget.' }))
        .status,
      303,
    );
    assert.match(
      (await client.get(`/en/admin/applications/${id}`)).html,
      /Strong letter; check the budget\./,
    );
    assert.doesNotMatch((await applicant.get(statusPath)).html, /check the budget/);
    const empty = await client.post(`/en/admin/applications/${id}/notes`, { body: '  ' });
    assert.equal(empty.status, 422);
  });

  it('filters and counts the queue by status, type, country and age', async () => {
    await submitApplication(
      t.client(),
      applicationFields({ stakeholderType: 'academia', countries: ['PL'] }),
    );
    const { client } = await reviewer();
    const { html } = await client.get('/en/admin/applications?type=academia&country=PL');
    assert.match(visibleText(html), /One application/);
    const none = await client.get('/en/admin/applications?type=academia&country=PL&age=30');
    assert.match(visibleText(none.html), /No applications/);
  });
});
