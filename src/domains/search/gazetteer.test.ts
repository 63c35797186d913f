import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { translator } from '../../i18n/translator.ts';
import { placeSeeds } from './place-seeds.ts';

/**
 * The gazetteer in a table, kept by curators on /admin/places (issue 12): seeded on first start,
 * read by the analyser as soon as a place or a name is saved, and the indexed records re-analysed.
 */
describe(`an editable gazetteer of places (${testDialect})`, () => {
  let t: TTestApp;
  let curator: TestClient;
  const en = translator('en');

  before(async () => {
    t = await createTestApp();
    curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
  });
  after(async () => {
    await t.close();
  });

  const titlesFor = async (query: string, locale = 'en') =>
    (await t.deps.search.search({ query, locale, types: ['practice'] })).items.map((h) => h.title);

  it('is seeded from the built-in places on first start and shown to curators', async () => {
    const rows = await t.deps.db.selectFrom('search_places').select('id').execute();
    assert.equal(rows.length, placeSeeds.length);
    const page = await curator.get('/en/admin/places');
    assert.equal(page.response.status, 200);
    const text = visibleText(page.html);
    assert.ok(text.includes('Kraków') && text.includes('Cracovia') && text.includes('كراكوف'));
    const index = await curator.get('/en/admin');
    assert.ok(index.html.includes('href="/en/admin/places"'), 'listed on the administration index');
  });

  it('refuses people who are not curators, and visitors', async () => {
    const member = await signedInClient(t.client(), await createUser(t.deps));
    assert.equal((await member.get('/en/admin/places')).response.status, 403);
    await member.get('/en/account');
    assert.equal(
      (await member.post('/en/admin/places', { id: 'x', country: 'FR', placeName: 'X' })).status,
      403,
    );
    const visitor = await t.client().get('/en/admin/places');
    assert.equal(visitor.response.status, 302, 'a visitor is asked to sign in');
    assert.match(visitor.response.headers.get('location') ?? '', /^\/en\/sign-in/);
  });

  it('understands a new place in queries at once, and finds records saved before it was known', async () => {
    await publishPractices(t.deps, [
      practiceInput({
        title: 'Respite weekends for carers in Lyon',
        summary: 'The city of Lyon pays for weekend breaks for family carers.',
        countries: ['FR'],
      }),
      // Declares the city without naming it in its text: only the record itself knows the place.
      practiceInput({
        title: 'Home help for older people living alone',
        summary: 'Trained helpers visit every morning and report to the family doctor.',
        countries: ['FR'],
        cities: [{ name: 'Lyon', country: 'FR', lat: 45.76, lon: 4.84 }],
      }),
    ]);
    assert.deepEqual(await titlesFor('Лион', 'ru'), [], 'not a known name yet');

    await curator.get('/en/admin/places');
    const saved = await curator.post('/en/admin/places', {
      id: 'Lyon',
      country: 'FR',
      placeName: ['Lyon', 'Lione', 'Лион', 'ليون', 'Lyon'],
    });
    assert.equal(saved.status, 303);
    const page = await curator.get(saved.headers.get('location') ?? '');
    assert.ok(visibleText(page.html).includes(en.t('search.flash.placeAdded')));
    const row = await t.deps.db
      .selectFrom('search_places')
      .select(['country', 'names'])
      .where('id', '=', 'lyon')
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.country, JSON.parse(row.names)], ['FR', ['Lyon', 'Lione', 'Лион', 'ليون']]);

    await t.deps.jobs.runDue();
    const both = ['Home help for older people living alone', 'Respite weekends for carers in Lyon'];
    assert.deepEqual((await titlesFor('Лион', 'ru')).sort(), both);
    assert.deepEqual((await titlesFor('ليون', 'ar')).sort(), both);

    // Another name, added to the place later, works the same way.
    await curator.get('/en/admin/places');
    const more = await curator.post('/en/admin/places/lyon/names', { placeName: ['Lyons', 'Lió'] });
    assert.equal(more.status, 303);
    await t.deps.jobs.runDue();
    assert.deepEqual((await titlesFor('Lió', 'es')).sort(), both);

    const entries = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('subject_type', '=', 'search_place')
      .where('subject_id', '=', 'lyon')
      .execute();
    assert.deepEqual(entries.map((e) => e.action).sort(), ['search.place_added', 'search.place_names_added']);
  });

  it('answers bad input with messages that keep what was typed, never an error', async () => {
    await curator.get('/en/admin/places');
    const cases: { fields: Record<string, string>; field: string; status: number }[] = [
      { fields: { id: '', country: '', placeName: '' }, field: 'id', status: 422 },
      { fields: { id: 'x<b>', country: 'FR', placeName: 'X' }, field: 'id', status: 422 },
      { fields: { id: 'somewhere', country: 'ZZ', placeName: 'Somewhere' }, field: 'country', status: 422 },
      {
        fields: { id: 'somewhere', country: 'FR', placeName: 'N'.repeat(100_000) },
        field: 'names',
        status: 422,
      },
      { fields: { id: 'krakow', country: 'PL', placeName: 'Krakow' }, field: 'id', status: 409 },
    ];
    for (const { fields, field, status } of cases) {
      const res = await curator.post('/en/admin/places', fields);
      assert.equal(res.status, status, JSON.stringify(fields).slice(0, 80));
      const html = await res.text();
      assert.match(html, new RegExp(`id="place-${field}-error"`), field);
      if (fields.id === 'x<b>') assert.ok(html.includes('value="x&lt;b&gt;"'), 'what was typed, escaped');
    }
    const rtl = await curator.post('/en/admin/places/krakow/names', { placeName: '\u202Eكراكوف\u202C' });
    assert.ok([303, 400].includes(rtl.status), `RTL override: ${rtl.status}`);
    assert.equal((await curator.post('/en/admin/places/nowhere/names', { placeName: 'X' })).status, 404);
  });
});
