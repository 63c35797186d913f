import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization } from '../../../test/support/commitments.ts';
import { signedInEditor } from '../../../test/support/practice-authors.ts';
import { practiceFormFields, practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';

/** The practice form's pickers (issue 16): implementers as rows, without a script and with one. */
describe('practice form: implementers as rows', () => {
  const t = useTestApp();
  let author: TestClient;
  let partner: { slug: string; name: string };

  before(async () => {
    author = await signedInEditor(t, ['GB']);
    partner = await createMemberOrganization(t.deps, { name: 'Fundación Cuidar Juntas', countries: ['CO'] });
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

/** Places picked from the gazetteer (ADR 0060): no latitude, longitude or country code typed. */
describe('practice form: places from the gazetteer', () => {
  const t = useTestApp();
  let author: TestClient;

  before(async () => {
    author = await signedInEditor(t, ['PL']);
  });

  it('finds a city by its name in any language, with its country and position', async () => {
    const res = await t.app.request('/es/places/find?q=cracovia');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { message: string; places: { value: string; label: string }[] };
    assert.equal(body.places[0]?.label, 'Kraków (Polonia)');
    assert.deepEqual(JSON.parse(body.places[0]?.value ?? '{}'), {
      name: 'Kraków',
      country: 'PL',
      latitude: 50.06,
      longitude: 19.94,
    });
    const ar = (await (await t.app.request(`/ar/places/find?q=${encodeURIComponent('كراكو')}`)).json()) as {
      places: { label: string }[];
    };
    assert.equal(ar.places[0]?.label, 'كراكوف (بولندا)');
    const none = (await (await t.app.request('/en/places/find?q=Zzyzx')).json()) as {
      message: string;
      places: { label: string }[];
    };
    assert.equal(none.message, 'No place in the list matches “Zzyzx”.');
    assert.deepEqual(
      none.places.map((p) => p.label),
      ['Keep “\u2068Zzyzx\u2069” as typed (no country or map position)'],
    );
  });

  it('without a script, "Find the place" answers with the matches to tick, keeping everything typed', async () => {
    await author.get('/en/practices/new');
    const res = await author.post(
      '/en/practices',
      practiceFormFields({ title: 'Found in Kraków', cities: [], citiesQuery: 'Krakau', _find: 'cities' }),
    );
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /value="Found in Kraków"/);
    assert.match(html, /One place matches “<bdi>Krakau<\/bdi>”/, 'the typed text is isolated');
    assert.match(html, /name="citiesQuery"[^>]*dir="auto"|dir="auto"[^>]*name="citiesQuery"/);
    assert.match(
      html,
      /<input type="checkbox" id="practice-cities-\d+" name="cities" value="[^"]*Kraków[^"]*" data-zone="Europe\/Warsaw"\/>/,
    );
    assert.doesNotMatch(html, /name="(lat|lon|latitude|longitude)"/);
    assert.equal(
      await t.deps.db.selectFrom('practices').select('id').executeTakeFirst(),
      undefined,
      'nothing saved',
    );
  });

  it('a save with a city still typed in the search box searches instead of losing it', async () => {
    await author.get('/en/practices/new');
    const res = await author.post('/en/practices', practiceFormFields({ citiesQuery: 'Gdansk' }));
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Gdańsk \(Poland\)/);
  });

  it('saves the ticked place with the gazetteer’s coordinates and shows it again on edit', async () => {
    await author.get('/en/practices/new');
    const found = (await (await t.app.request('/en/places/find?q=warsz')).json()) as {
      places: { value: string }[];
    };
    const res = await author.post(
      '/en/practices',
      practiceFormFields({ title: 'Carers in Warsaw', cities: [found.places[0]?.value ?? ''] }),
    );
    assert.equal(res.status, 303);
    const row = await t.deps.db
      .selectFrom('practices')
      .select('cities')
      .where('slug', '=', 'carers-in-warsaw')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.cities), [{ name: 'Warszawa', country: 'PL', lat: 52.23, lon: 21.01 }]);
    const edit = await author.get('/en/practices/carers-in-warsaw/edit');
    assert.match(edit.html, /name="cities" value="[^"]*Warszawa[^"]*" checked=""/);
  });
});
