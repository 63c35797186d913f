import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { storedListing } from '../../../test/support/connections.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';

/** Offers and needs: publishing, the browse page with facets, explained matches, closing (issue 14). */
describe(`connections: offers, needs and explained matches (${testDialect})`, () => {
  let now = new Date('2026-03-02T09:00:00Z');
  const t = useTestApp({ clock: { now: () => now } });
  const idOf = async (title: string) => (await storedListing(t.deps, { title })).id;
  let orgId = '';
  before(async () => {
    assert.equal(await loadDemoIfEmpty(t.deps), true);
    orgId = (await createMemberOrganization(t.deps, { name: 'Fundación Cuidar', countries: ['AR'] })).id;
  });
  const { editor, member } = usePeople(t, {
    editor: (deps) => createOrganizationPerson(deps, orgId, 'editor'),
    member: (deps) => createOrganizationPerson(deps, orgId, 'member'),
  });

  it('answers /connections in every language with the demo offers and needs and facets', async () => {
    for (const locale of ['en', 'es', 'fr', 'ru', 'ar', 'pl']) {
      const page = await t.client().get(`/${locale}/connections`);
      assert.equal(page.response.status, 200, locale);
    }
    const en = visibleText((await t.client().get('/en/connections')).html);
    assert.match(en, /Pomożemy zaprojektować badanie budżetu czasu/);
    assert.match(en, /Offers or needs/);
    const needs = visibleText((await t.client().get('/en/connections?kind=need&country=OM')).html);
    assert.match(needs, /1 offer or need/);
    assert.match(needs, /نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت/);
  });

  it('shows the Omani need first to the Kraków offer, explained in Polish, and the reverse in Arabic', async () => {
    const offerId = await idOf('Pomożemy zaprojektować badanie budżetu czasu');
    const needId = await idOf('نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت');
    const offerPage = await t.client().get(`/pl/connections/offers/${offerId}`);
    assert.equal(offerPage.response.status, 200);
    const matches = offerPage.html.split('id="matches-title"')[1] ?? '';
    const first = /<li class="card">([\s\S]*?)<\/li>/.exec(matches)?.[1] ?? '';
    assert.ok(first.includes(`/pl/connections/needs/${needId}`), 'the Omani need comes first');
    assert.match(visibleText(first), /Obie dotyczą: Budżet czasu i dane o opiece/);
    assert.match(visibleText(first), /wspólny język: angielski/);
    assert.match(
      visibleText(first),
      /sektory uzupełniające się \(oferuje: nauka; potrzebuje: administracja publiczna\)/,
    );

    const needPage = await t.client().get(`/ar/connections/needs/${needId}`);
    const needMatches = needPage.html.split('id="matches-title"')[1] ?? '';
    const firstOffer = /<li class="card">([\s\S]*?)<\/li>/.exec(needMatches)?.[1] ?? '';
    assert.ok(firstOffer.includes(`/ar/connections/offers/${offerId}`), 'the Kraków offer comes first');
    assert.match(visibleText(firstOffer), /كلاهما عن/);
    assert.match(visibleText(firstOffer), /لغة مشتركة: الإنجليزية/);
    assert.match(needPage.html, /<h1 lang="ar" dir="auto">/);
  });

  it('serves /api/v1/offers and /api/v1/needs (JSON, CSV, OpenAPI) with explained matches', async () => {
    const offers = (await (await t.client().request('/api/v1/offers?lang=pl')).json()) as {
      items: { id: string; title: string; kind: string }[];
      total: number;
    };
    assert.ok(offers.items.some((o) => o.title === 'Pomożemy zaprojektować badanie budżetu czasu'));
    assert.ok(offers.items.every((o) => o.kind === 'offer'));
    const needId = await idOf('نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت');
    const need = (await (await t.client().request(`/api/v1/needs/${needId}`)).json()) as {
      concepts: string[];
      countries: string[];
      matches: { title: string; explanation: { concepts: string[] } }[];
    };
    assert.ok(need.concepts.includes('theme:time_use_data'));
    assert.deepEqual(need.countries, ['OM']);
    assert.equal(need.matches[0]?.title, 'Pomożemy zaprojektować badanie budżetu czasu');
    assert.ok(need.matches[0]?.explanation.concepts.includes('theme:time_use_data'));
    const csv = await t.client().request('/api/v1/needs?format=csv&country=OM');
    assert.equal(csv.headers.get('x-total-count'), '1');
    assert.match(await csv.text(), /نحتاج إلى خبرة/);
    assert.equal((await t.client().request(`/api/v1/offers/${needId}`)).status, 404);
    const openapi = (await (await t.client().request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(openapi.paths['/offers'] && openapi.paths['/needs/{id}']);
  });

  it('lists an organisation’s open offers and needs on its profile', async () => {
    const profile = await t.client().get('/pl/members/time-use-lab-krakow');
    assert.equal(profile.response.status, 200);
    assert.match(visibleText(profile.html), /Oferty i potrzeby/);
    assert.match(visibleText(profile.html), /Pomożemy zaprojektować badanie budżetu czasu/);
  });

  it('finds offers and needs in the hub search, in other languages too', async () => {
    const found = await t.client().get('/en/search?q=time-use+survey');
    assert.equal(found.response.status, 200);
    assert.match(visibleText(found.html), /نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت/);
    const needId = await idOf('نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت');
    assert.ok(found.html.includes(`/en/connections/needs/${needId}`));
  });

  it('lets an editor publish a need; the analyser tags it; matches and the workspace suggest partners', async () => {
    const form = await editor.get('/en/connections/needs/new');
    assert.equal(form.response.status, 200);
    assert.match(form.html, /Fundación Cuidar/);
    const created = await editor.post('/en/connections/needs/new', {
      organizationId: orgId,
      helpKind: 'technical_assistance',
      title: 'Buscamos apoyo para diseñar un sistema de cuidados <b>provincial</b>',
      description: 'Queremos costear guarderías y la atención a personas mayores en la provincia.',
      language: '',
      regions: 'region:latin_america_caribbean',
      workingLanguages: ['es'],
      openUntil: '2026-06-30',
    });
    assert.equal(created.status, 303);
    const path = created.headers.get('location') ?? '';
    assert.match(path, /^\/en\/connections\/needs\/[\w-]+$/);
    const page = await editor.get(path);
    assert.ok(page.html.includes('&lt;b&gt;provincial&lt;/b&gt;'), 'HTML in a title is shown as text');
    const text = visibleText(page.html);
    assert.match(text, /Older persons/, 'the analyser found who it is about in the Spanish text');
    const matches = page.html.split('id="matches-title"')[1] ?? '';
    assert.match(matches, /Asistencia técnica para diseñar un sistema nacional de cuidados/);
    assert.match(visibleText(matches), /same region \(Latin America and the Caribbean\)/);
    assert.match(visibleText(matches), /complementary sectors|different sectors/);

    const workspace = visibleText((await editor.get('/en/workspace/connections')).html);
    assert.match(workspace, /Suggested for you/);
    assert.match(workspace, /Asistencia técnica para diseñar un sistema nacional de cuidados/);
  });

  it('refuses bad input with translated messages and keeps what was typed; never a 500', async () => {
    await editor.get('/es/connections/offers/new');
    const empty = await editor.post('/es/connections/offers/new', {});
    assert.equal(empty.status, 422);
    const emptyText = visibleText(await empty.text());
    assert.match(emptyText, /Complete este campo\./);
    assert.match(emptyText, /Elija al menos un idioma de trabajo\./);

    const long = 'x'.repeat(100_000);
    const tooLong = await editor.post('/es/connections/offers/new', {
      organizationId: orgId,
      helpKind: 'training',
      title: 'Título de prueba RTL مرحبا',
      description: long,
      isAnywhere: 'on',
      workingLanguages: 'es',
    });
    assert.ok(tooLong.status === 422 || tooLong.status === 413, `status ${tooLong.status}`);
    if (tooLong.status === 422)
      assert.ok((await tooLong.text()).includes('value="Título de prueba RTL مرحبا"'));

    const past = await editor.post('/es/connections/offers/new', {
      organizationId: orgId,
      helpKind: 'training',
      title: 'Formación',
      description: 'Formación para cuidadoras.',
      isAnywhere: 'on',
      workingLanguages: 'es',
      openUntil: '2026-01-01',
    });
    assert.equal(past.status, 422);
    assert.match(visibleText(await past.text()), /Elija hoy o un día posterior/);
  });

  it('refuses people who may not publish for the organisation', async () => {
    await member.get('/en/connections');
    const refused = await member.post('/en/connections/offers/new', {
      organizationId: orgId,
      helpKind: 'training',
      title: 'Not mine to publish',
      description: 'A plain member may not speak for the organisation.',
      isAnywhere: 'on',
      workingLanguages: 'en',
    });
    assert.equal(refused.status, 403);
    const anonymous = await t.client().request('/en/connections/offers/new');
    assert.equal(anonymous.status, 302);
    assert.match(anonymous.headers.get('location') ?? '', /\/en\/sign-in\?next=/);
    const outsider = await signedInClient(t.client(), await createUser(t.deps));
    assert.equal((await outsider.get('/en/connections/offers/new')).response.status, 403);
  });

  it('edits at a version, closes, and a closed or expired listing leaves the list and the matches', async () => {
    const id = await idOf('Buscamos apoyo para diseñar un sistema de cuidados <b>provincial</b>');
    const path = `/en/connections/needs/${id}`;
    const stale = await editor.post(`${path}/edit`, {
      version: '0',
      helpKind: 'technical_assistance',
      title: 'Stale edit',
      description: 'This edit names an old version.',
      isAnywhere: 'on',
      workingLanguages: 'es',
    });
    assert.equal(stale.status, 409);
    assert.ok((await stale.text()).includes('value="Stale edit"'));

    // After its date it is not listed, and the Mexican offer no longer suggests it.
    now = new Date('2026-07-01T09:00:00Z');
    const offerId = await idOf('Asistencia técnica para diseñar un sistema nacional de cuidados');
    const offer = await t.client().get(`/en/connections/offers/${offerId}`);
    assert.doesNotMatch(offer.html, /sistema de cuidados &lt;b&gt;provincial/);
    assert.match(visibleText((await editor.get(path)).html), /passed its date/);
    now = new Date('2026-03-02T09:00:00Z');

    await editor.get(path);
    const closed = await editor.post(`${path}/close`, { reason: 'met', version: '1' });
    assert.equal(closed.status, 303);
    const after = visibleText((await t.client().get(path)).html);
    assert.match(after, /Closed: it was met\./);
    assert.doesNotMatch(visibleText((await t.client().get('/en/connections?kind=need')).html), /provincial/);
    assert.ok(
      !(await t.client().get('/en/search?q=provincial')).html.includes(`/en/connections/needs/${id}`),
    );
    const again = await editor.post(`${path}/close`, { reason: 'met', version: '2' });
    assert.equal(again.status, 403);
  });

  it('answers 404 for unknown listings and wrong kinds, and hides a former member’s listings', async () => {
    assert.equal((await t.client().request('/en/connections/offers/nope')).status, 404);
    const needId = await idOf('نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت');
    assert.equal((await t.client().request(`/en/connections/offers/${needId}`)).status, 404);
    const org = await t.deps.db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'family-carers-association-kz')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('organizations')
      .set({ membership_status: 'former' })
      .where('id', '=', org.id)
      .execute();
    const kzId = await idOf('Ищем наставников по организации кратковременного отдыха для семейных опекунов');
    assert.equal((await t.client().request(`/en/connections/needs/${kzId}`)).status, 404);
    assert.doesNotMatch(visibleText((await t.client().get('/ru/connections')).html), /Ищем наставников/);
  });
});
