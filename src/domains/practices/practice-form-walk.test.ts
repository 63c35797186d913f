import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { errorSummaryNames, rowLegends } from '../../../test/support/form-walk.ts';
import { signedInEditor } from '../../../test/support/practice-authors.ts';
import { practiceFormFields } from '../../../test/support/practices.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';

/**
 * The practice form walked without JavaScript (issue 16): evidence, links and places of residence are
 * rows, not lines with ";" between parts. Fill, add a row, one mistake, fix, save, edit again.
 */
describe('practice form without a script: evidence, links and residence as rows', () => {
  const t = useTestApp();
  let author: TestClient;

  before(async () => {
    author = await signedInEditor(t, ['PL']);
  });

  it('asks for no delimiter syntax and offers a translated kind for each piece of evidence', async () => {
    const { html } = await author.get('/es/practices/new');
    assert.doesNotMatch(html, /<textarea[^>]*name="(evidence|links|residencePlaces)"/);
    assert.match(html, /<select[^>]*name="evidenceKind"/);
    assert.match(html, /<option value="evaluation">Evaluación<\/option>/);
    assert.deepEqual(
      rowLegends(html).filter((l) => /^(Prueba|Enlace|Lugar) /.test(l)),
      ['Lugar 1', 'Prueba 1', 'Enlace 1'],
    );
  });

  it('adds a row, names the one mistake, keeps everything, then saves and shows the rows again', async () => {
    await author.get('/en/practices/new');
    const filled = practiceFormFields({
      title: 'Respite for carers in Kraków',
      residencePlace: ['Kraków'],
      evidenceKind: ['study'],
      evidenceTitle: ['Survey of carers 2021'],
      evidenceUrl: [''],
      evidenceYear: ['2021'],
    });
    const added = await author.post('/en/practices', { ...filled, _add: 'evidence' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.ok(rowLegends(addedHtml).includes('Evidence 2'));
    assert.match(addedHtml, /value="Survey of carers 2021"/);

    const wrong = {
      ...filled,
      evidenceKind: ['study', 'data'],
      evidenceTitle: ['Survey of carers 2021', 'Waiting lists'],
      evidenceUrl: ['', 'not a web address'],
      evidenceYear: ['2021', ''],
      residencePlace: ['Kraków', 'Wieliczka'],
    };
    const refused = await author.post('/en/practices', wrong);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Evidence and evaluations']);
    assert.match(html, /value="not a web address"/);
    assert.match(html, /value="Waiting lists"/);
    assert.match(html, /value="Wieliczka"/);
    assert.match(html, /<option value="data" selected="">Data<\/option>/);
    assert.equal(await t.deps.db.selectFrom('practices').select('id').executeTakeFirst(), undefined);

    const saved = await author.post('/en/practices', {
      ...wrong,
      evidenceUrl: ['', 'https://example.org/waiting-lists'],
    });
    assert.equal(saved.status, 303);
    const row = await t.deps.db
      .selectFrom('practices')
      .select(['evidence', 'links', 'eligibility', 'slug'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.evidence), [
      { title: 'Survey of carers 2021', kind: 'study', year: 2021, summary: '' },
      { title: 'Waiting lists', kind: 'data', url: 'https://example.org/waiting-lists', summary: '' },
    ]);
    assert.deepEqual(JSON.parse(row.links), [
      { label: 'Project site', url: 'https://example.org/day-centres' },
    ]);
    assert.match(row.eligibility, /"places":\["Kraków","Wieliczka"\]/);

    const edit = await author.get(`/en/practices/${row.slug}/edit`);
    assert.deepEqual(
      rowLegends(edit.html).filter((l) => /^(Evidence|Link|Place) /.test(l)),
      ['Place 1', 'Place 2', 'Evidence 1', 'Evidence 2', 'Link 1'],
    );
    assert.match(edit.html, /name="evidenceUrl"[^>]*value="https:\/\/example.org\/waiting-lists"/);
    assert.match(edit.html, /name="linkLabel"[^>]*value="Project site"/);
  });
});
