import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient } from '../../../test/support/accounts.ts';
import {
  commitmentFormFields,
  createMemberOrganization,
  createPersonIn,
} from '../../../test/support/commitments.ts';
import { errorSummaryNames, rowLegends } from '../../../test/support/form-walk.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';

/**
 * The commitment form walked without JavaScript (issue 16): the web pages of related practices and
 * events are rows of one address each, not a box of lines.
 */
describe('commitment form without a script: related web pages as rows', () => {
  let t: TTestApp;
  let owner: TestClient;
  let organizationId = '';

  before(async () => {
    t = await createTestApp();
    const organization = await createMemberOrganization(t.deps, { name: 'Cuidemos Juntas' });
    organizationId = organization.id;
    owner = await signedInClient(t.client(), await createPersonIn(t.deps, organization.id, 'owner'));
  });
  after(async () => {
    await t.close();
  });

  it('adds a row, names the one mistake, keeps everything, then saves and edits as rows', async () => {
    const empty = await owner.get('/en/commitments/new');
    assert.doesNotMatch(empty.html, /<textarea[^>]*name="(practiceLinks|eventLinks)"/);
    const filled = commitmentFormFields(organizationId, {
      title: 'Care leave for every parent',
      practiceLink: ['https://example.org/practice-one'],
    });
    const added = await owner.post('/en/commitments/new', { ...filled, _add: 'practiceLinks' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.equal(rowLegends(addedHtml).filter((l) => l.startsWith('Web page ')).length, 3);
    assert.match(addedHtml, /value="https:\/\/example.org\/practice-one"/);
    assert.match(addedHtml, /value="Care leave for every parent"/);

    const two = { ...filled, practiceLink: ['https://example.org/practice-one', 'practice two'] };
    const refused = await owner.post('/en/commitments/new', two);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Links to practices']);
    assert.match(html, /value="practice two"/);

    const saved = await owner.post('/en/commitments/new', {
      ...two,
      practiceLink: ['https://example.org/practice-one', 'https://example.org/practice-two'],
      eventLink: ['https://example.org/event'],
    });
    assert.equal(saved.status, 303);
    const row = await t.deps.db
      .selectFrom('commitments')
      .select(['practice_links', 'event_links', 'slug'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.practice_links), [
      'https://example.org/practice-one',
      'https://example.org/practice-two',
    ]);
    assert.deepEqual(JSON.parse(row.event_links), ['https://example.org/event']);
    const edit = await owner.get(`/en/commitments/${row.slug}/edit`);
    assert.equal(rowLegends(edit.html).filter((l) => l.startsWith('Web page ')).length, 3);
    assert.match(edit.html, /name="practiceLink"[^>]*value="https:\/\/example.org\/practice-two"/);
  });
});
