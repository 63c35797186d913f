import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  applicationFields,
  applicationIdOf,
  referenceIn,
  submitApplication,
} from '../../../test/support/membership.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { syncOrganizationIndex } from './organization-indexing.ts';
import { findOrganizationBySlug } from './organizations.repository.ts';

type TApiResult = {
  total: number;
  items: { type: string; slug: string; title: string; language: string; url: string }[];
  facets: Record<string, { value: string; count: number }[]>;
};

/** Member organisations in the one search box: indexed on acceptance, kept in step with their profile. */
describe(`organisations in the hub's search (${testDialect})`, () => {
  const t = useTestApp();
  let owner: TestClient;
  let slug = '';

  const search = async (query: string): Promise<TApiResult> =>
    (await (await t.app.request(`/api/v1/search?${query}`)).json()) as TApiResult;

  it('indexes the organisation an accepted application creates, as type "organization"', async () => {
    const applicant = t.client();
    const statusPath = await submitApplication(
      applicant,
      applicationFields({
        name: 'Red Comunitaria de Cuidados',
        acronym: 'RCC',
        description: 'Gestionamos guarderías comunitarias y centros para personas mayores en Oaxaca.',
        descriptionLanguage: 'es',
        countries: ['MX'],
        city: 'Oaxaca',
      }),
    );
    const id = await applicationIdOf(t.deps, referenceIn((await applicant.get(statusPath)).html));
    assert.equal((await search('q=comunitaria&type=organization')).total, 0, 'not before acceptance');
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    const version = async () =>
      /name="version" value="(\d+)"/.exec((await staff.get(`/en/admin/applications/${id}`)).html)?.[1] ?? '';
    await staff.post(`/en/admin/applications/${id}/start-review`, { version: await version() });
    const accepted = await staff.post(`/en/admin/applications/${id}/accept`, {
      version: await version(),
      message: '',
    });
    assert.equal(accepted.status, 303);

    const found = await search('q=comunitaria&type=organization');
    assert.equal(found.total, 1);
    const hit = found.items[0];
    assert.ok(hit);
    slug = hit.slug;
    assert.equal(hit.type, 'organization');
    assert.equal(hit.title, 'Red Comunitaria de Cuidados (RCC)');
    assert.equal(hit.language, 'es');
    assert.match(hit.url, new RegExp(`/members/${slug}$`));
    assert.deepEqual(found.facets.type, [{ value: 'organization', count: 1 }]);
    assert.deepEqual(
      (await search('q=oaxaca&type=practice')).total,
      0,
      'the type filter keeps organisations out of practice searches',
    );
    const byCountry = await search('type=organization&country=MX');
    assert.equal(byCountry.total, 1, 'the country is a facet');
    const crossLanguage = await search('q=day+care&type=organization');
    assert.equal(crossLanguage.total, 1, '"guarderías" is tagged with the childcare concept');
    assert.equal((await search('q=private&type=organization')).total, 0, 'private contacts are not indexed');

    const editor = await createUser(t.deps);
    const organization = await findOrganizationBySlug(t.deps.db, slug);
    assert.ok(organization);
    await t.deps.db
      .insertInto('organization_members')
      .values({
        organization_id: organization.id,
        user_id: editor.id,
        role: 'editor',
        added_at: organization.createdAt,
        added_by: null,
      })
      .execute();
    owner = await signedInClient(t.client(), editor);
  });

  it('shows it on the search page with its type label and a link to the profile', async () => {
    const { response, html } = await t.client().get('/en/search?q=comunitaria');
    assert.equal(response.status, 200);
    assert.match(html, new RegExp(`href="/en/members/${slug}"`));
    assert.match(visibleText(html), /Red Comunitaria de Cuidados \(RCC\) Organisation/);
    const arabic = await t.client().get('/ar/search?q=comunitaria&type=organization');
    assert.match(visibleText(arabic.html), /منظمة|مؤسسة/);
  });

  it('follows edits of the profile and of its translations', async () => {
    const current = await findOrganizationBySlug(t.deps.db, slug);
    assert.ok(current);
    await owner.get(`/en/members/${slug}/edit`);
    const edited = await owner.post(`/en/members/${slug}/edit`, {
      version: String(current.version),
      name: 'Red Comunitaria de Cuidados',
      acronym: 'RCC',
      stakeholderType: 'civil_society_network',
      scope: 'national',
      countries: ['MX', 'GT'],
      description: 'Cooperativas de cuidado a domicilio en Oaxaca y Quetzaltenango.',
      descriptionLanguage: 'es',
      contactEmail: 'contacto@example.org',
    });
    assert.equal(edited.status, 303);
    assert.equal((await search('q=cooperativas&type=organization')).total, 1);
    assert.equal((await search('q=guarderias&type=organization')).total, 0, 'the old description is gone');
    assert.equal((await search('type=organization&country=GT')).total, 1);

    const saved = await findOrganizationBySlug(t.deps.db, slug);
    assert.ok(saved);
    const translated = await owner.post(`/en/members/${slug}/translations`, {
      version: String(saved.version),
      translationLanguage: 'pl',
      translationName: 'Wspólnotowa Sieć Opieki',
      translationDescription: 'Spółdzielnie opieki domowej w Meksyku i Gwatemali.',
    });
    assert.equal(translated.status, 303);
    const polish = await search('q=sp%C3%B3%C5%82dzielnie&type=organization');
    assert.equal(polish.total, 1, 'the Polish translation is indexed with the original');
    assert.equal(polish.items[0]?.language, 'es');
  });

  it('leaves the index when the organisation is no longer a member', async () => {
    await t.deps.db
      .updateTable('organizations')
      .set({ membership_status: 'former' })
      .where('slug', '=', slug)
      .execute();
    const former = await findOrganizationBySlug(t.deps.db, slug);
    assert.ok(former);
    await syncOrganizationIndex(t.deps.search, former);
    assert.equal((await search('q=cooperativas')).total, 0);
  });
});
