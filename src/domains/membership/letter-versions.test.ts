import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  applicationFields,
  applicationIdOf,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { diffWords } from '../../platform/word-diff.ts';

/**
 * The letter's earlier versions (issue 16, item 8): an applicant asked for more information rewrites
 * the letter; the text the secretariat had read is kept, and the review page shows a word diff and
 * the earlier version, escaped, in words written for the reviewer.
 */
describe('letter versions on the review page', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

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

    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .execute();
    assert.ok(audit.some((a) => a.action === 'membership.letter_changed'));
    // The applicant's own page is not the reviewer's: no diff there.
    assert.doesNotMatch((await applicant.get(statusPath)).html, /letter-diff/);
  });
});
