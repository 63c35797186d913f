import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createPersonIn } from '../../../test/support/commitments.ts';
import { practiceFormFields } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';

/** The workflow through the pages: a member writes and submits, a curator returns and publishes. */
describe('practices: writing, review and publication through the pages', () => {
  let t: TTestApp;
  let author: TestClient;
  let curator: TestClient;
  let slug = '';

  before(async () => {
    t = await createTestApp();
    const organization = await createMemberOrganization(t.deps, { countries: ['GB'] });
    const member = await createPersonIn(t.deps, organization.id, 'editor');
    author = await signedInClient(t.client(), member);
    curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
  });
  after(async () => {
    await t.close();
  });

  const auditActions = async () =>
    (
      await t.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_type', '=', 'practice')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);

  it('sends an anonymous visitor to sign in before writing', async () => {
    const res = await t.client().request('/en/practices/new');
    assert.equal(res.status, 302);
    assert.match(res.headers.get('location') ?? '', /\/en\/sign-in\?next=/);
  });

  it('refuses a signed-in person who belongs to no organisation', async () => {
    const loner = await signedInClient(t.client(), await createUser(t.deps));
    const { response } = await loner.get('/en/practices/new');
    assert.equal(response.status, 403);
  });

  it('keeps what the member typed and says what is wrong when the form is incomplete', async () => {
    await author.get('/en/practices/new');
    const res = await author.post(
      '/en/practices',
      practiceFormFields({ title: '', countries: [], startDate: '2015-13' }),
    );
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /Older people spend the day at a centre/);
    assert.match(html, /Choose at least one country\./);
    assert.match(html, /Enter a date as 2008, 2008-07 or 2008-07-04\./);
    assert.match(html, /id="practice-title"[^>]*aria-invalid="true"/);
  });

  it('saves a draft that only its side and curators can see', async () => {
    await author.get('/en/practices/new');
    const res = await author.post('/en/practices', practiceFormFields());
    assert.equal(res.status, 303);
    slug = decodeURIComponent((res.headers.get('location') ?? '').split('/practices/')[1] ?? '');
    assert.equal(slug, 'day-centres-that-give-family-carers-a-break');
    const { response, html } = await author.get(`/en/practices/${slug}`);
    assert.equal(response.status, 200);
    assert.match(html, /Draft/);
    assert.equal((await t.client().request(`/en/practices/${slug}`)).status, 404, 'hidden from the public');
    assert.equal((await t.app.request(`/api/v1/practices/${slug}`)).status, 404);
  });

  it('shows everything the member entered, structured', async () => {
    const { html } = await author.get(`/en/practices/${slug}`);
    const text = visibleText(html);
    assert.match(text, /Leeds \(United Kingdom\)/);
    assert.match(text, /Leeds Carers Network Lead/);
    assert.match(text, /Residence required in: Leeds/);
    assert.match(text, /Open to people: In paid work or Not in paid work/);
    assert.match(text, /Caring for: An older relative/);
    assert.match(text, /Evaluation of the first year/);
    assert.match(html, /<strong>five days a week<\/strong>/);
    assert.match(html, /href="\/en\/concepts\/theme%3Along_term_care"/);
  });

  it('moves through submit → return with comments → edit → submit → publish, auditing each step', async () => {
    await author.get(`/en/practices/${slug}`);
    assert.equal((await author.post(`/en/practices/${slug}/submit`, {})).status, 303);
    const queue = await curator.get('/en/practices/review');
    assert.match(queue.html, /Day centres that give family carers a break/);
    await curator.get(`/en/practices/${slug}`);
    const returned = await curator.post(`/en/practices/${slug}/return`, {
      comment: 'Please add the opening hours.',
    });
    assert.equal(returned.status, 303);
    const page = await author.get(`/en/practices/${slug}`);
    assert.match(page.html, /Please add the opening hours\./);
    const edit = await author.get(`/en/practices/${slug}/edit`);
    assert.equal(edit.response.status, 200);
    const version = /name="version" value="(\d+)"/.exec(edit.html)?.[1] ?? '';
    const saved = await author.post(
      `/en/practices/${slug}`,
      practiceFormFields({
        version,
        body: 'Open 8:00–18:00, **five days a week**, with meals.',
        note: 'hours added',
      }),
    );
    assert.equal(saved.status, 303);
    await author.get(`/en/practices/${slug}`);
    await author.post(`/en/practices/${slug}/submit`, {});
    await curator.get(`/en/practices/${slug}`);
    assert.equal((await curator.post(`/en/practices/${slug}/publish`, {})).status, 303);
    const published = await t.client().get(`/en/practices/${slug}`);
    assert.equal(published.response.status, 200);
    assert.match(published.html, /Open 8:00–18:00/);
    assert.deepEqual(await auditActions(), [
      'practices.created',
      'practices.submitted',
      'practices.returned',
      'practices.updated',
      'practices.submitted',
      'practices.published',
    ]);
  });

  it('refuses workflow moves the policy does not allow', async () => {
    await author.get(`/en/practices/${slug}`);
    assert.equal((await author.post(`/en/practices/${slug}/unpublish`, {})).status, 403);
    assert.equal((await author.post(`/en/practices/${slug}/feature`, { value: 'on' })).status, 403);
    assert.equal(
      (await author.get(`/en/practices/${slug}/edit`)).response.status,
      403,
      'published: curators edit',
    );
  });

  it('keeps every version and shows what changed, field by field', async () => {
    const { response, html } = await author.get(`/en/practices/${slug}/revisions`);
    assert.equal(response.status, 200);
    assert.match(html, /hours added/);
    assert.match(html, /Full description/);
    assert.match(html, /class="removed"[^>]*>.*The centres open/s);
    assert.match(html, /class="added"[^>]*>.*Open 8:00–18:00/s);
    assert.equal((await t.client().request(`/en/practices/${slug}/revisions`)).status, 401);
  });

  it('lets a curator verify and feature it; the public page and the browse page show it', async () => {
    await curator.get(`/en/practices/${slug}`);
    await curator.post(`/en/practices/${slug}/verify`, { value: 'on' });
    await curator.post(`/en/practices/${slug}/feature`, { value: 'on' });
    const page = await t.client().get(`/en/practices/${slug}`);
    assert.match(page.html, /class="badge verified"/);
    assert.match(page.html, /Recently reviewed/);
    const browse = await t.client().get('/en/practices?country=IE');
    assert.match(browse.html, /Featured practices|Day centres/);
    const api = (await (await t.app.request(`/api/v1/practices/${slug}`)).json()) as Record<string, unknown>;
    assert.equal(api.isVerified, true);
    assert.equal(api.isFeatured, true);
    assert.deepEqual(api.countries, ['GB', 'IE']);
  });

  it('adds a translation beside the original, never over it', async () => {
    const form = await author.get(`/en/practices/${slug}/translations?lang=es`);
    assert.equal(form.response.status, 200);
    const res = await author.post(`/en/practices/${slug}/translations/es`, {
      title: 'Centros de día que dan un respiro a quienes cuidan',
      summary: 'Las personas mayores pasan el día en un centro mientras sus cuidadoras trabajan o descansan.',
      body: '',
      beneficiaries: '',
    });
    assert.equal(res.status, 303);
    const spanish = await t.client().get(`/es/practices/${slug}`);
    assert.match(spanish.html, /<h1 lang="es" dir="ltr">Centros de día/);
    assert.match(spanish.html, /Traducida del inglés por una persona\./);
    const original = await t.client().get(`/es/practices/${slug}?original=1`);
    assert.match(original.html, /<h1 lang="en" dir="ltr">Day centres that give family carers a break/);
    const refused = await author.post(`/en/practices/${slug}/translations/en`, { title: 'Overwrite' });
    assert.equal(refused.status, 422, 'the original language cannot be "translated"');
  });

  it('takes it out of public view and out of search when unpublished', async () => {
    const found = (await (await t.app.request('/api/v1/search?q=day+centres')).json()) as { total: number };
    assert.equal(found.total, 1);
    await curator.get(`/en/practices/${slug}`);
    await curator.post(`/en/practices/${slug}/unpublish`, {});
    assert.equal((await t.client().request(`/en/practices/${slug}`)).status, 404);
    const gone = (await (await t.app.request('/api/v1/search?q=day+centres')).json()) as { total: number };
    assert.equal(gone.total, 0);
  });
});
