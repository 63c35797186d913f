import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import {
  importIndicatorFiles,
  readIndicatorPath,
  shippedIndicatorFiles,
} from '../observatory/indicator-import.service.ts';

/** A news item about a country shows that country's key care figure beside it (issue 15). */
describe(`news about a country (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-02-01T10:00:00Z') } });
  let editor: TestClient;
  let orgSlug = '';

  before(async () => {
    await importIndicatorFiles(
      t.deps,
      shippedIndicatorFiles()
        .filter((path) => path.includes('S997d1fdb'))
        .map(readIndicatorPath),
      { isSkippingInvalid: false, actorId: null },
    );
    const org = await createMemberOrganization(t.deps, { slug: 'red-de-cuidados', name: 'Red de Cuidados' });
    orgSlug = org.slug;
    editor = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
  });

  const article = (countryCode: string) => ({
    title: 'Mexico counts the hours of care',
    summary: 'A new time-use survey shows who does the unpaid work at home.',
    body: 'The survey asked women and men how they spent each hour of a day.',
    language: 'en',
    category: 'research',
    organization: orgSlug,
    countryCode,
  });

  it('offers the countries in the form, refuses an unknown code keeping the input, and shows the key figure', async () => {
    const form = await editor.get('/en/news/new');
    assert.match(form.html, /<option value="MX"[^>]*>Mexico<\/option>/);
    assert.match(visibleText(form.html), /Country the article is about/);

    const refused = await editor.post('/en/news/new', article('XX'));
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    assert.match(visibleText(refusedHtml), /Choose a country from the list, or none\./);
    assert.ok(refusedHtml.includes('value="Mexico counts the hours of care"'));

    const created = await editor.post('/en/news/new', article('MX'));
    assert.equal(created.status, 303);
    const slug = decodeURIComponent((created.headers.get('location') ?? '').split('/news/')[1] ?? '');
    assert.equal((await editor.post(`/en/news/${slug}/publish`, {})).status, 303);

    const page = await t.client().get(`/en/news/${encodeURIComponent(slug)}`);
    assert.equal(page.response.status, 200);
    assert.match(page.html, /<aside class="key-figure"/);
    assert.match(visibleText(page.html), /Care in Mexico .* women 7\.1 h a day, men 2\.3 h a day/);
    assert.match(page.html, /href="\/en\/countries\/MX"/);
    const edit = await editor.get(`/en/news/${encodeURIComponent(slug)}/edit`);
    assert.match(edit.html, /<option value="MX" selected/);
  });

  it('shows no panel for an article about no country', async () => {
    const created = await editor.post('/en/news/new', article(''));
    assert.equal(created.status, 303);
    const slug = decodeURIComponent((created.headers.get('location') ?? '').split('/news/')[1] ?? '');
    const page = await editor.get(`/en/news/${encodeURIComponent(slug)}`);
    assert.equal(page.response.status, 200);
    assert.doesNotMatch(page.html, /class="key-figure"/);
  });
});
