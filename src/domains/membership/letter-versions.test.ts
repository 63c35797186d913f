import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import {
  applicationFields,
  applicationIdOf,
  docxBytes,
  pdfFile,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { diffWords } from '../../platform/word-diff.ts';

/**
 * The letter's earlier versions (issue 16, item 8): an applicant asked for more information rewrites
 * the letter; the text the secretariat had read is kept, and the review page shows a word diff and
 * the earlier version, escaped, in words written for the reviewer.
 */
describe('letter versions on the review page', () => {
  const t = useTestApp();

  it('diffs words, keeping spaces and line breaks', () => {
    assert.deepEqual(diffWords('We run two centres.', 'We run three centres.'), [
      { kind: 'same', text: 'We run ' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: 'three' },
      { kind: 'same', text: ' centres.' },
    ]);
    assert.deepEqual(diffWords('', 'New'), [{ kind: 'added', text: 'New' }]);
  });

  it('keeps the letter the secretariat read and shows the reviewer what changed', async () => {
    const applicant = t.client();
    const fields = applicationFields({ letterText: 'We run two care centres in Monterrey.' });
    const statusPath = await submitApplication(applicant, fields);
    const id = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    await staff.get(`/en/admin/applications/${id}`);
    assert.equal(
      (await staff.post(`/en/admin/applications/${id}/start-review`, { version: '2' })).status,
      303,
    );
    assert.equal(
      (
        await staff.post(`/en/admin/applications/${id}/request-information`, {
          version: '3',
          message: 'How many centres?',
        })
      ).status,
      303,
    );
    await applicant.get(`${statusPath}/edit`);
    const again = await applicant.post(`${statusPath}/edit`, {
      ...fields,
      letterText: 'We run three care centres in Monterrey <b>and</b> Saltillo.',
      version: '4',
    });
    assert.equal(again.status, 303);

    const page = await staff.get(`/en/admin/applications/${id}`);
    assert.equal(page.response.status, 200);
    const diff = /<div class="letter-diff"[\s\S]*?<\/div>/.exec(page.html)?.[0] ?? '';
    assert.match(diff, /<del><span class="visually-hidden">removed: <\/span>two<\/del>/);
    assert.match(diff, /<ins><span class="visually-hidden">added: <\/span>three<\/ins>/);
    assert.match(diff, /&lt;b&gt;and&lt;\/b&gt;/, 'what the applicant typed is escaped');
    assert.doesNotMatch(diff, /<b>/);
    const text = visibleText(page.html);
    assert.ok(text.includes('Earlier versions of the letter (1)'));
    assert.ok(text.includes('We run two care centres in Monterrey.'));
    assert.ok(
      text.includes('This organisation has answered the question; the review can continue.') ||
        text.includes('Decision'),
    );
    assert.doesNotMatch(text, /Your organisation|your application/i);

    const audit = await auditEntries(t.deps, { subjectId: id });
    assert.ok(audit.some((a) => a.action === 'membership.letter_changed'));
    // The applicant's own page is not the reviewer's: no diff there.
    assert.doesNotMatch((await applicant.get(statusPath)).html, /letter-diff/);
  });

  it('keeps every earlier letter file: the reviewer sees each with its dates and change, and downloads it', async () => {
    const applicant = t.client();
    const fields = applicationFields({ letterText: '' });
    await applicant.get('/en/join/apply');
    const first = pdfFile('carta-2025.pdf', '% first version');
    const sent = await applicant.post('/en/join/apply', { ...fields, letterFile: first });
    assert.equal(sent.status, 303);
    const statusPath = sent.headers.get('location') ?? '';
    const reference = referenceIn((await applicant.get(statusPath)).html);
    const id = await applicationIdOf(t.deps, reference);
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    await staff.get(`/en/admin/applications/${id}`);
    await staff.post(`/en/admin/applications/${id}/start-review`, { version: '2' });
    await staff.post(`/en/admin/applications/${id}/request-information`, {
      version: '3',
      message: 'Please sign the letter.',
    });
    // The applicant replaces the file with a signed one, then with a Word document.
    await applicant.get(`${statusPath}/edit`);
    const signed = pdfFile('carta firmada.pdf', '% signed');
    const draft = await applicant.post(`${statusPath}/edit`, {
      ...fields,
      intent: 'draft',
      letterFile: signed,
      version: '4',
    });
    assert.equal(draft.status, 303);
    await applicant.get(`${statusPath}/edit`);
    const word = new File([Buffer.from(docxBytes())], 'carta final.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    assert.equal(
      (await applicant.post(`${statusPath}/edit`, { ...fields, letterFile: word, version: '5' })).status,
      303,
    );

    const page = await staff.get(`/en/admin/applications/${id}`);
    const section =
      /<section aria-labelledby="letter-files-title">[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
    const text = visibleText(section);
    assert.ok(text.includes('The letter’s earlier files (2)'), text);
    assert.ok(text.includes('carta-2025.pdf'));
    assert.ok(text.includes('carta firmada.pdf'));
    assert.match(text, /replaced by a newer file/);
    assert.ok(text.includes('The letter’s file now'));
    assert.ok(text.includes('carta final.docx'));
    // Newest first: the signed file before the first one.
    assert.ok(text.indexOf('carta firmada.pdf') < text.indexOf('carta-2025.pdf'));
    const links = [...section.matchAll(/href="([^"]+\/letter\/versions\/[^"]+)"/g)].map((m) => m[1] ?? '');
    assert.equal(links.length, 2);
    const firstLink = links[1] ?? '';
    const download = await staff.request(firstLink);
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition') ?? '', /attachment/);
    assert.deepEqual(new Uint8Array(await download.arrayBuffer()), new Uint8Array(await first.arrayBuffer()));

    // The applicant sees the same list under the secret link and may download their own earlier file.
    const own = await applicant.get(statusPath);
    assert.match(own.html, /carta-2025\.pdf/);
    const uploadId = firstLink.split('/').at(-1) ?? '';
    const mine = await applicant.request(`${statusPath}/letter/versions/${uploadId}`);
    assert.equal(mine.status, 200);

    // Nobody else: not a signed-in member of the public, not a stranger, not another application's key.
    const outsider = await signedInClient(t.client(), await createUser(t.deps));
    assert.notEqual((await outsider.request(firstLink)).status, 200);
    assert.notEqual((await t.client().request(firstLink)).status, 200);
    const otherPath = await submitApplication(t.client(), applicationFields());
    assert.equal((await t.client().request(`${otherPath}/letter/versions/${uploadId}`)).status, 404);

    const audit = await auditEntries(t.deps, { subjectId: id, actions: ['membership.letter_file_kept'] });
    assert.equal(audit.length, 2);
  });

  it('marks a removed letter file as removed, and keeps it', async () => {
    const applicant = t.client();
    const fields = applicationFields();
    await applicant.get('/en/join/apply');
    const sent = await applicant.post('/en/join/apply', { ...fields, letterFile: pdfFile('old letter.pdf') });
    const statusPath = sent.headers.get('location') ?? '';
    const id = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    await staff.get(`/en/admin/applications/${id}`);
    await staff.post(`/en/admin/applications/${id}/start-review`, { version: '2' });
    await staff.post(`/en/admin/applications/${id}/request-information`, { version: '3', message: 'More?' });
    await applicant.get(`${statusPath}/edit`);
    const saved = await applicant.post(`${statusPath}/edit`, {
      ...fields,
      removeLetterFile: '1',
      version: '4',
    });
    assert.equal(saved.status, 303);
    const page = await staff.get(`/ar/admin/applications/${id}`);
    const section =
      /<section aria-labelledby="letter-files-title">[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
    assert.match(visibleText(section), /أُزيل في/);
    assert.match(section, /<bdi>old letter\.pdf<\/bdi>/);
    assert.match(visibleText(section), /لا يوجد للطلب ملف رسالة الآن/);
  });
});
