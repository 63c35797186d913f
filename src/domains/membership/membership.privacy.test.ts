import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import {
  applicationFields,
  applicationIdOf,
  pdfFile,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';

/**
 * Letters, private contacts and reviewer notes are seen only by the applicant's side and the
 * secretariat: checked for every kind of visitor, through the real pages.
 */
describe('membership privacy, role by role', () => {
  const t = useTestApp();
  let applicationId: string;
  let statusPath: string;
  let profileSlug: string;
  const visitors = new Map<string, TestClient>();

  before(async () => {
    const applicant = t.client();
    const fields = applicationFields({
      letterFile: pdfFile('secret-letter.pdf'),
      letterText: 'Our confidential motivation.',
    });
    statusPath = await submitApplication(applicant, fields);
    applicationId = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const staff = await signedInClient(t.client(), reviewer);
    await staff.get(`/en/admin/applications/${applicationId}`);
    await staff.post(`/en/admin/applications/${applicationId}/notes`, { body: 'Reviewer-only remark.' });

    const owner = await createUser(t.deps);
    const otherOwner = await createUser(t.deps);
    const org = await createOrganization(t.deps, {
      name: 'Private Details Org',
      owners: [owner.id],
      privateContacts: { name: 'Hidden Contact', email: 'hidden.contact@example.org' },
    });
    profileSlug = org.slug;
    await createOrganization(t.deps, { name: 'Another Org', owners: [otherOwner.id] });
    const formerReviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const former = await signedInClient(t.client(), formerReviewer);
    await t.deps.db.deleteFrom('user_roles').where('user_id', '=', formerReviewer.id).execute();

    visitors.set('anonymous', t.client());
    visitors.set('signed-in person', await signedInClient(t.client(), await createUser(t.deps)));
    visitors.set("another organisation's owner", await signedInClient(t.client(), otherOwner));
    visitors.set('the organisation owner', await signedInClient(t.client(), owner));
    visitors.set(
      'curator',
      await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] })),
    );
    visitors.set(
      'moderator',
      await signedInClient(t.client(), await createUser(t.deps, { roles: ['moderator'] })),
    );
    visitors.set('removed reviewer', former);
    visitors.set('reviewer', staff);
    visitors.set('admin', await signedInClient(t.client(), await createUser(t.deps, { roles: ['admin'] })));
  });

  const secretariat = new Set(['reviewer', 'admin']);
  const profileInsiders = new Set(['the organisation owner', 'reviewer', 'admin']);

  for (const name of [
    'anonymous',
    'signed-in person',
    "another organisation's owner",
    'the organisation owner',
    'curator',
    'moderator',
    'removed reviewer',
    'reviewer',
    'admin',
  ]) {
    it(`${name}: application, letter, notes`, async () => {
      const client = visitors.get(name) as TestClient;
      const review = await client.request(`/en/admin/applications/${applicationId}`);
      const letter = await client.request(`/en/admin/applications/${applicationId}/letter`);
      const queue = await client.request('/en/admin/applications');
      if (secretariat.has(name)) {
        assert.equal(review.status, 200);
        const html = await review.text();
        assert.match(html, /Our confidential motivation\./);
        assert.match(html, /Reviewer-only remark\./);
        assert.equal(letter.status, 200);
        assert.match(letter.headers.get('content-disposition') ?? '', /^attachment/);
        assert.equal(queue.status, 200);
      } else {
        const expected = name === 'anonymous' ? 302 : 403;
        assert.equal(review.status, expected);
        assert.equal(letter.status, expected);
        assert.equal(queue.status, expected);
        const body = `${await review.text()}${await letter.text()}`;
        assert.doesNotMatch(body, /confidential motivation|Reviewer-only|%PDF/);
      }
      const guessed = await client.request(`${statusPath.slice(0, -5)}AAAAA`);
      assert.equal(guessed.status, 404, 'a wrong secret link shows nothing');
    });

    it(`${name}: an organisation's private contacts`, async () => {
      const client = visitors.get(name) as TestClient;
      const html = await (await client.request(`/en/members/${profileSlug}`)).text();
      if (profileInsiders.has(name)) assert.match(html, /hidden\.contact@example\.org/);
      else assert.doesNotMatch(html, /hidden\.contact@example\.org|Hidden Contact/);
    });
  }

  it("the secret link holder sees the status and the letter, but never the reviewers' notes", async () => {
    const holder = t.client();
    const page = await (await holder.request(statusPath)).text();
    assert.match(page, /Submitted/);
    assert.doesNotMatch(page, /Reviewer-only remark/);
    assert.equal((await holder.request(`${statusPath}/letter`)).status, 200);
  });
});
