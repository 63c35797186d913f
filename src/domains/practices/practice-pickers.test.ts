import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createPersonIn } from '../../../test/support/commitments.ts';
import { practiceFormFields, practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';

/** The practice form's pickers (issue 16): implementers as rows, without a script and with one. */
describe('practice form: implementers as rows', () => {
  let t: TTestApp;
  let author: TestClient;
  let partner: { slug: string; name: string };

  before(async () => {
    t = await createTestApp();
    const organization = await createMemberOrganization(t.deps, { countries: ['GB'] });
    partner = await createMemberOrganization(t.deps, { name: 'Fundación Cuidar Juntas', countries: ['CO'] });
    author = await signedInClient(t.client(), await createPersonIn(t.deps, organization.id, 'editor'));
  });
  after(async () => {
    await t.close();
  });

  it('offers one empty row with a translated role select and the member directory as suggestions', async () => {
    const { html } = await author.get('/es/practices/new');
    assert.match(html, /<legend>Entidad ejecutora 1<\/legend>/);
    assert.match(html, /<select[^>]*name="implementerRole"/);
    assert.match(html, /<option value="funder">Financiadora<\/option>/);
    assert.match(html, /<input[^>]*name="implementerName"[^>]*list="practice-member-names"/);
    assert.match(html, /<datalist id="practice-member-names">.*Fundación Cuidar Juntas/s);
    assert.doesNotMatch(html, /name="implementers"/, 'no textarea with a delimiter syntax');
  });

  it('adds a row without a script, keeping everything typed', async () => {
    await author.get('/en/practices/new');
    const res = await author.post(
      '/en/practices',
      practiceFormFields({ title: 'Rows kept', _add: 'implementers' }),
    );
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<legend>Implementer 3<\/legend>/);
    assert.doesNotMatch(html, /Implementer 4/);
    assert.match(html, /value="Rows kept"/);
    assert.match(html, /value="City council"/);
    assert.match(html, /<option value="partner" selected="">Partner<\/option>/);
    assert.equal(
      await t.deps.db.selectFrom('practices').select('id').executeTakeFirst(),
      undefined,
      'nothing saved',
    );
  });

  it('links a row that names a member to its profile, keeps other names as typed', async () => {
    await author.get('/en/practices/new');
    const res = await author.post(
      '/en/practices',
      practiceFormFields({
        title: 'Care blocks with a partner',
        implementerName: ['fundación cuidar juntas', 'Alcaldía local', ''],
        implementerRole: ['partner', 'funder', 'lead'],
        implementerUrl: ['', 'https://example.org/alcaldia', ''],
      }),
    );
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    const page = await author.get(location);
    assert.match(page.html, new RegExp(`href="/en/members/${partner.slug}"`));
    assert.match(visibleText(page.html), /Alcaldía local/);
    const edit = await author.get(`${location}/edit`);
    assert.match(edit.html, /<legend>Implementer 2<\/legend>/);
    assert.doesNotMatch(edit.html, /Implementer 3/, 'the empty row is not kept');
  });

  it('shows an older record linked by short name only with the member’s name, and keeps the link', async () => {
    const [slug] = await publishPractices(t.deps, [
      practiceInput({ implementers: [{ role: 'lead', name: '', organizationSlug: partner.slug }] }),
    ]);
    const row = await t.deps.db
      .selectFrom('practices')
      .select('implementers')
      .where('slug', '=', slug as string)
      .executeTakeFirstOrThrow();
    assert.match(row.implementers, new RegExp(partner.slug));
    const { formValuesOfPractice } = await import('./practice-form.ts');
    const { findPracticeBySlug, listMemberChoices } = await import('./practices.repository.ts');
    const practice = await findPracticeBySlug(t.deps.db, slug as string);
    assert.ok(practice);
    const values = formValuesOfPractice(practice, await listMemberChoices(t.deps.db));
    assert.deepEqual(values.implementerName, ['Fundación Cuidar Juntas']);
    assert.deepEqual(values.implementerRole, ['lead']);
  });

  it('says the implementers need a name when a row has only a website, and keeps the rows', async () => {
    await author.get('/en/practices/new');
    const res = await author.post(
      '/en/practices',
      practiceFormFields({
        implementerName: ['Leeds Carers Network', ''],
        implementerRole: ['lead', 'partner'],
        implementerUrl: ['', 'https://example.org/nameless'],
      }),
    );
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /id="practice-implementers"[^>]*aria-invalid="true"/);
    assert.match(html, /Give each implementer a name/);
    assert.match(html, /value="https:\/\/example.org\/nameless"/);
  });
});
