import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import {
  applicationFields,
  applicationIdOf,
  applicationStatusOf,
  docxBytes,
  outboxTo,
  pdfFile,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';

/**
 * The applicant's reply to a request for more information (issue 16, item 8): a message and several
 * added files, which never replace the letter; the reviewer reads the reply and downloads the files.
 * Every request here is a plain form post, as a browser without JavaScript sends it.
 */
describe(`membership: the applicant's reply with added files (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  const docxFile = (name: string) =>
    new File([Buffer.from(docxBytes())], name, {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });

  /** An application sent in `locale` with a letter file, asked a question by a reviewer. */
  async function askedApplication(locale: string, reviewerEmail?: string) {
    const applicant = t.client();
    const fields = applicationFields({ letterFile: pdfFile('carta.pdf') });
    const statusPath = await submitApplication(applicant, fields, locale);
    const id = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
    const reviewer = await createUser(t.deps, {
      roles: ['reviewer'],
      ...(reviewerEmail ? { email: reviewerEmail } : {}),
    });
    const staff = await signedInClient(t.client(), reviewer);
    await staff.get(`/en/admin/applications/${id}`);
    const asked = await staff.post(`/en/admin/applications/${id}/request-information`, {
      version: '2',
      message: 'Which municipalities do you work with?',
    });
    assert.equal(asked.status, 303);
    return { applicant, statusPath, id, staff, reviewer };
  }

  async function replyCount(id: string): Promise<number> {
    const rows = await t.deps.db
      .selectFrom('application_replies')
      .select('id')
      .where('application_id', '=', id)
      .execute();
    return rows.length;
  }

  async function download(client: TestClient, path: string) {
    const response = await client.request(path);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('sends a message and two files; the letter stays; the reviewer reads the reply and downloads the files', async () => {
    const { applicant, statusPath, id, staff, reviewer } = await askedApplication('es');
    const status = await applicant.get(statusPath);
    assert.match(status.html, new RegExp(`href="${statusPath}/reply"`), 'the status page offers a reply');
    const form = await applicant.get(`${statusPath}/reply`);
    assert.equal(form.response.status, 200);
    assert.match(form.html, /<textarea[^>]*name="message"/);
    assert.match(form.html, /<input[^>]*type="file"[^>]*name="files"[^>]*multiple/);
    assert.match(visibleText(form.html), /Which municipalities do you work with\?/);

    const sent = await applicant.post(`${statusPath}/reply`, {
      version: '3',
      message: 'Trabajamos con Bogotá y Soacha.\n\n- Bogotá: tres manzanas del cuidado\n- Soacha: <b>una</b>',
      files: [pdfFile('convenio-bogota.pdf'), docxFile('informe 2025.docx')],
    });
    assert.equal(sent.status, 303, visibleText(await sent.text()).slice(0, 1500));
    assert.equal(sent.headers.get('location'), statusPath);

    const application = await t.deps.db
      .selectFrom('membership_applications')
      .select(['status', 'letter_upload_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(application.status, 'resubmitted');
    const letter = await t.deps.db
      .selectFrom('uploads')
      .select('original_name')
      .where('id', '=', application.letter_upload_id ?? '')
      .executeTakeFirstOrThrow();
    assert.equal(letter.original_name, 'carta.pdf', 'the letter file is not replaced by a reply');

    // The applicant sees their reply and files; the status page no longer asks.
    const after = await applicant.get(statusPath);
    const afterText = visibleText(after.html);
    assert.match(afterText, /Trabajamos con Bogotá y Soacha/);
    assert.match(afterText, /convenio-bogota\.pdf/);
    assert.doesNotMatch(after.html, new RegExp(`href="${statusPath}/reply"`));

    // The reviewer's page: the reply (escaped Markdown), the question it answers, both files.
    const review = await staff.get(`/en/admin/applications/${id}`);
    assert.equal(review.response.status, 200);
    const section =
      /<section aria-labelledby="replies-title"[\s\S]*?<\/section>/.exec(review.html)?.[0] ?? '';
    assert.match(section, /The organisation’s reply/);
    assert.match(section, /<li>Bogotá: tres manzanas del cuidado<\/li>/);
    assert.match(section, /<li>Soacha: una<\/li>/, 'markup the applicant typed is not rendered');
    assert.match(visibleText(section), /Which municipalities do you work with\?/);
    assert.match(visibleText(section), /2 files added/);
    const links = [...section.matchAll(/href="(\/en\/admin\/applications\/[^"]+\/files\/[^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    assert.equal(links.length, 2);
    const first = await download(staff, links[0] ?? '');
    assert.equal(first.response.status, 200);
    assert.equal(first.response.headers.get('content-type'), 'application/pdf');
    assert.match(
      first.response.headers.get('content-disposition') ?? '',
      /attachment; filename="convenio-bogota\.pdf"/,
    );
    assert.equal(first.response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(first.bytes.subarray(0, 5).equals(Buffer.from('%PDF-')));
    const second = await download(staff, links[1] ?? '');
    assert.match(second.response.headers.get('content-disposition') ?? '', /informe/);

    // The applicant downloads through the secret link; a stranger gets nothing.
    const uploadId = links[0]?.split('/').pop() ?? '';
    assert.equal((await download(applicant, `${statusPath}/files/${uploadId}`)).response.status, 200);
    assert.equal(
      (await download(t.client(), `/en/admin/applications/${id}/files/${uploadId}`)).response.status === 200,
      false,
    );
    const otherAsked = await askedApplication('en');
    assert.equal(
      (await download(otherAsked.applicant, `${otherAsked.statusPath}/files/${uploadId}`)).response.status,
      404,
      'a file of one application is not served through another application’s link',
    );

    // Audited, and the reviewers told by mail.
    const audit = await auditEntries(t.deps, { subjectId: id });
    const replyEntry = audit.find((a) => a.action === 'membership.reply_sent');
    assert.ok(replyEntry, 'the reply is audited');
    assert.match(String(replyEntry.details), /"files":2/);
    assert.ok(audit.some((a) => a.action === 'membership.application_resubmitted'));
    const mails = await outboxTo(t.deps, reviewer.email);
    assert.ok(
      mails.some(
        (m) => m.subject.startsWith('Reply received') && /2 files were added/.test(m.text_body ?? ''),
      ),
      mails.map((m) => m.subject).join(' | '),
    );
  });

  it('shows every problem at once, keeps the message and saves nothing', async () => {
    const { applicant, statusPath, id } = await askedApplication('ar');
    await applicant.get(`${statusPath}/reply`);
    const empty = await applicant.post(`${statusPath}/reply`, { version: '3', message: '  ' });
    assert.equal(empty.status, 422);
    const emptyHtml = await empty.text();
    assert.match(emptyHtml, /class="notice error error-summary"/);
    assert.match(visibleText(emptyHtml), /اكتبوا ردًّا أو أضيفوا ملفًّا واحدًا على الأقل/);

    const scripted = await applicant.post(`${statusPath}/reply`, {
      version: '3',
      message: 'نعمل في عمّان والزرقاء.',
      files: [pdfFile('ok.pdf'), pdfFile('bad.pdf', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>')],
    });
    assert.equal(scripted.status, 422);
    const scriptedHtml = await scripted.text();
    assert.match(scriptedHtml, /نعمل في عمّان والزرقاء\./, 'the message is kept');
    assert.match(visibleText(scriptedHtml), /نصوص برمجية/);
    assert.match(scriptedHtml, /href="#reply-files"/, 'the summary links to the file field');

    const tooMany = await applicant.post(`${statusPath}/reply`, {
      version: '3',
      message: 'أربعة ملفات',
      files: [pdfFile('1.pdf'), pdfFile('2.pdf'), pdfFile('3.pdf'), pdfFile('4.pdf')],
    });
    assert.equal(tooMany.status, 422);
    const renamed = await applicant.post(`${statusPath}/reply`, {
      version: '3',
      message: '',
      files: [new File([Buffer.from('MZ not a pdf')], 'report.pdf', { type: 'application/pdf' })],
    });
    assert.equal(renamed.status, 422);

    assert.equal(await replyCount(id), 0);
    assert.equal(await applicationStatusOf(t.deps, id), 'information_requested');
  });

  it('takes no reply when none was asked for, and tells a reply that comes too late', async () => {
    const applicant = t.client();
    const statusPath = await submitApplication(applicant, applicationFields(), 'pl');
    const page = await applicant.request(`${statusPath}/reply`);
    assert.equal(page.status, 303);
    await applicant.get(statusPath);
    const late = await applicant.post(`${statusPath}/reply`, { version: '2', message: 'Odpowiedź' });
    assert.equal(late.status, 409);
    const html = await late.text();
    assert.match(html, /Odpowiedź/);
    assert.match(visibleText(html), /Sekretariat nie czeka już na odpowiedź/);
  });
});

describe(`demo: an application waiting with a reply (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('is in the queue, answered in Spanish with a PDF the reviewer can download', async () => {
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    const queue = await staff.get('/es/admin/applications?status=open');
    const link = /href="(\/es\/admin\/applications\/[^"?]+)"[^>]*>GAC-2026-TCVA7Q</.exec(queue.html)?.[1];
    assert.ok(link, 'the demo application is waiting in the queue');
    const review = await staff.get(link);
    const section =
      /<section aria-labelledby="replies-title"[\s\S]*?<\/section>/.exec(review.html)?.[0] ?? '';
    assert.match(
      section,
      /<div class="prose" dir="auto" lang="es"><p>Trabajamos con la Secretaría de las Mujeres/,
    );
    const file = /href="([^"]+\/files\/[^"]+)"/.exec(section)?.[1] ?? '';
    const response = await staff.request(file);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(visibleText(review.html), /Respuesta enviada/);
  });
});
