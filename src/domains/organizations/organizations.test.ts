import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('organisations: directory, map, profiles, open data, champions', () => {
  const t = useTestApp();
  let champion: { slug: string; name: string };
  before(async () => {
    champion = await createOrganization(t.deps, {
      name: 'Zeta Care Champions',
      countries: ['PL'],
      isChampion: true,
    });
    await createOrganization(t.deps, {
      name: 'Alpha Academia',
      stakeholderType: 'academia',
      countries: ['MX', 'AR'],
      city: 'Rosario',
    });
    await createOrganization(t.deps, {
      name: 'Beta Youth',
      stakeholderType: 'youth_organization',
      countries: ['KE'],
    });
    await createOrganization(t.deps, {
      name: 'Gamma Applicant',
      membershipStatus: 'applicant',
      countries: ['FR'],
    });
    for (let i = 0; i < 30; i += 1) {
      await createOrganization(t.deps, { name: `Network ${String(i).padStart(2, '0')}`, countries: ['BR'] });
    }
  });

  it('lists members, champions first, without non-members, with counts per facet', async () => {
    const { response, html } = await t.client().get('/en/members');
    assert.equal(response.status, 200);
    const text = visibleText(html);
    assert.match(text, /33 members/);
    assert.ok(text.indexOf('Zeta Care Champions') < text.indexOf('Alpha Academia'), 'champions come first');
    assert.doesNotMatch(text, /Gamma Applicant/);
    assert.match(
      html,
      /href="\/en\/members\?type=academia"[^>]*>Academia<\/a> <span class="count">1<\/span>/,
    );
    assert.match(
      html,
      /href="\/en\/members\?region=latin_america_caribbean"[^>]*>[^<]+<\/a> <span class="count">31<\/span>/,
    );
  });

  it('filters by type, country, region, champion and text, keeping other facets counted', async () => {
    const client = t.client();
    assert.match(
      visibleText((await client.get('/en/members?type=academia')).html),
      /One member.*Alpha Academia/,
    );
    assert.match(visibleText((await client.get('/en/members?country=AR')).html), /One member/);
    assert.match(visibleText((await client.get('/en/members?region=europe')).html), /One member.*Zeta/);
    assert.match(visibleText((await client.get('/en/members?champion=1')).html), /One member/);
    assert.match(visibleText((await client.get('/en/members?q=rosario')).html), /One member.*Alpha Academia/);
    const typed = await client.get('/en/members?type=academia');
    assert.match(
      typed.html,
      /href="\/en\/members\?type=youth_organization"[^>]*>[^<]+<\/a> <span class="count">1<\/span>/,
    );
    assert.match(visibleText((await client.get('/en/members?country=ZZ&type=nonsense')).html), /33 members/);
  });

  it('pages with stable URLs', async () => {
    const first = await t.client().get('/en/members?region=latin_america_caribbean');
    assert.match(
      first.html,
      /href="\/en\/members\?region=latin_america_caribbean&amp;page=2" rel="next"|rel="next" href="\/en\/members\?region=latin_america_caribbean&amp;page=2"/,
    );
    const second = await t.client().get('/en/members?region=latin_america_caribbean&page=2');
    assert.match(visibleText(second.html), /Page 2 of 2/);
    const past = await t.client().request('/en/members?page=99');
    assert.equal(past.status, 302);
    assert.equal(past.headers.get('location'), '/en/members?page=2');
  });

  it('draws the map on the server: accessible SVG, a link per country with members, a table of counts', async () => {
    const { response, html } = await t.client().get('/fr/members/map');
    assert.equal(response.status, 200);
    assert.match(html, /<svg[^>]*aria-labelledby="world-map-title world-map-desc"/);
    assert.match(html, /<title id="world-map-title">/);
    assert.match(html, /<a href="\/fr\/members\?country=BR" aria-label="Brésil : 30 membres">/);
    assert.match(html, /<th scope="row"><a href="\/fr\/members\?country=BR">Brésil<\/a><\/th><td>30<\/td>/);
    assert.doesNotMatch(html, /country=FR"/, 'a non-member is not on the map');
  });

  it('shows a profile with schema.org Organization JSON-LD, the champion badge and citation', async () => {
    const { response, html } = await t.client().get(`/en/members/${champion.slug}`);
    assert.equal(response.status, 200);
    const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)?.[1] ?? '{}';
    const data = JSON.parse(json) as Record<string, unknown>;
    assert.equal(data['@type'], 'Organization');
    assert.equal(data.name, 'Zeta Care Champions');
    assert.match(visibleText(html), /Care Champion/);
    assert.match(visibleText(html), /For leading on care\./);
    assert.doesNotMatch(html, /private\.person@example\.org/);
    assert.equal((await t.client().request('/en/members/no-such-member')).status, 404);
  });

  it('serves the directory as JSON and CSV with the same filters, and one member', async () => {
    const list = await t.app.request('/api/v1/organizations?type=academia');
    assert.equal(list.status, 200);
    const body = (await list.json()) as {
      items: { slug: string; name: string; countries: string[] }[];
      total: number;
    };
    assert.equal(body.total, 1);
    assert.deepEqual(body.items[0]?.countries, ['MX', 'AR']);
    assert.ok(!JSON.stringify(body).includes('private.person'), 'no private contacts in open data');
    const csv = await t.app.request('/api/v1/organizations?format=csv&country=BR');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines.length, 31);
    assert.match(lines[0] ?? '', /^slug,name,acronym,name_en,/);
    const one = await t.app.request(`/api/v1/organizations/${champion.slug}`);
    assert.equal(((await one.json()) as { isChampion: boolean }).isChampion, true);
    const missing = await t.app.request('/api/v1/organizations/nothing');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'not_found');
    const bad = await t.app.request('/api/v1/organizations?type=nonsense');
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: string }).code, 'bad_request');
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(doc.paths['/organizations']);
    assert.ok(doc.paths['/organizations/{slug}']);
  });

  it('explains the CSV on a codebook page', async () => {
    const { html } = await t.client().get('/es/members/codebook');
    assert.match(html, /<code dir="ltr">stakeholder_type<\/code>/);
    assert.match(html, /<code dir="ltr">civil_society_network<\/code>/);
  });

  it('lets admins designate a champion with a citation, and the secretariat edit the criteria', async () => {
    const target = await createOrganization(t.deps, { name: 'Omega Care' });
    const admin = await signedInClient(t.client(), await createUser(t.deps, { roles: ['admin'] }));
    await admin.get(`/en/members/${target.slug}/champion`);
    const missing = await admin.post(`/en/members/${target.slug}/champion`, {
      isChampion: '1',
      citation: '',
    });
    assert.equal(missing.status, 422);
    const ok = await admin.post(`/en/members/${target.slug}/champion`, {
      isChampion: '1',
      citation: 'Built the first municipal care system of its region.',
      since: '2025-05-01',
    });
    assert.equal(ok.status, 303);
    const champions = await t.client().get('/en/members/champions');
    assert.match(visibleText(champions.html), /Built the first municipal care system/);

    const reviewer = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    assert.equal((await reviewer.request(`/en/members/${target.slug}/champion`)).status, 403);
    await reviewer.get('/en/members/champions/criteria');
    const saved = await reviewer.post('/en/members/champions/criteria', {
      body: 'Leadership, results, and sharing what works.',
    });
    assert.equal(saved.status, 303);
    assert.match(
      visibleText((await t.client().get('/en/members/champions')).html),
      /Leadership, results, and sharing what works\./,
    );
    assert.match(
      visibleText((await t.client().get('/ar/members/champions')).html),
      /Leadership, results/,
      'English stands in',
    );
    const anonymous = await t.client().request('/en/members/champions/criteria');
    assert.equal(anonymous.status, 302);
  });
});
