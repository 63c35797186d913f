import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { errorSummaryNames, rowLegends } from '../../../test/support/form-walk.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';

/** /admin/places walked without JavaScript (issue 16): a place's names are rows, not a comma list. */
describe('gazetteer form without a script: names as rows', () => {
  let t: TTestApp;
  let curator: TestClient;

  before(async () => {
    t = await createTestApp();
    curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
  });
  after(async () => {
    await t.close();
  });

  it('adds a row, names the one mistake, keeps everything, saves a name with a comma in it', async () => {
    const page = await curator.get('/en/admin/places');
    assert.doesNotMatch(page.html, /Separated by commas/);
    const filled = { id: 'ottawa', country: 'CA', placeName: ['Ottawa, Ontario'] };
    const added = await curator.post('/en/admin/places', { ...filled, _add: 'names' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.deepEqual(rowLegends(addedHtml).slice(0, 2), ['Name 1', 'Name 2']);
    assert.match(addedHtml, /value="Ottawa, Ontario"/);

    const names = ['Ottawa, Ontario', 'أوتاوا', 'Оттава'];
    const refused = await curator.post('/en/admin/places', {
      ...filled,
      id: 'Ottawa ON!',
      placeName: names,
    });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Short identifier']);
    assert.match(html, /value="أوتاوا"/);
    assert.match(html, /value="Оттава"/);

    const saved = await curator.post('/en/admin/places', { ...filled, placeName: names });
    assert.equal(saved.status, 303);
    const row = await t.deps.db
      .selectFrom('search_places')
      .selectAll()
      .where('id', '=', 'ottawa')
      .executeTakeFirstOrThrow();
    assert.match(JSON.stringify(row), /Ottawa, Ontario/);
  });
});
