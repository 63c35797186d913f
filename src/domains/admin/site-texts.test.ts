import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';

/**
 * Page texts and category names worded by the secretariat per language (issue 16, item 4; ADR 0099),
 * through the real app: the list, an edit per language, the pages that show it (the cached home page
 * too), the visible fallback, the audit, the version check, and what is refused.
 */
describe('page texts and category names, per language', () => {
  let t: TTestApp;
  let staff: TestClient;
  before(async () => {
    t = await createTestApp();
    staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
  });
  after(async () => {
    await t.close();
  });

  const leadPath = (locale: string) =>
    `/${locale}/admin/texts/${locale}/${encodeURIComponent('page:home.lead')}`;
  const themePath = (locale: string) =>
    `/${locale}/admin/texts/${locale}/${encodeURIComponent('concept:theme:care_systems')}`;
  const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

  it('lists each text with its value in the six languages, the built-in ones marked', async () => {
    const page = await staff.get('/en/admin/texts');
    assert.equal(page.response.status, 200);
    const text = visibleText(page.html);
    for (const heading of [
      'Page texts',
      'Themes',
      'Populations',
      'Kinds of practice',
      'Types of organisation',
    ])
      assert.ok(text.includes(heading), heading);
    for (const language of ['English', 'Spanish', 'French', 'Russian', 'Arabic', 'Polish'])
      assert.match(page.html, new RegExp(`<th scope="col">${language}</th>`));
    assert.match(page.html, /<a href="\/en\/admin\/texts\/ar\/page%3Ahome\.lead" lang="ar" dir="rtl">/);
    assert.ok(text.includes('built-in'));
    // The texts worded on their own pages are one link away.
    assert.match(page.html, /href="\/en\/members\/champions\/criteria"/);
    assert.match(page.html, /href="\/en\/commitments\/rounds"/);
    assert.match((await staff.get('/en/admin')).html, /href="\/en\/admin\/texts"/);
  });

  it('shows a new wording at once (the cached home page too), and the English one, marked, elsewhere', async () => {
    const anonymous = t.client();
    assert.match((await anonymous.get('/en/')).html, /Governments, international agencies/);
    const form = await staff.get(leadPath('en'));
    assert.equal(form.response.status, 200);
    assert.ok(
      visibleText(form.html).includes('Governments, international agencies'),
      'the built-in text is shown',
    );
    assert.equal(versionIn(form.html), '0');
    const saved = await staff.post(leadPath('en'), {
      body: 'Members share what works in care, in six languages.',
      version: '0',
    });
    assert.equal(saved.status, 303);
    const home = (await anonymous.get('/en/')).html;
    assert.match(home, /<p class="lead">Members share what works in care, in six languages\.<\/p>/);
    // Spanish has no own wording: the English one, in English, says so.
    const es = (await t.client().get('/es/')).html;
    assert.match(
      es,
      /<p class="lead"><span lang="en" dir="ltr">Members share what works in care, in six languages\.<\/span> <span class="fallback-note">\(en inglés\)<\/span><\/p>/,
    );
    const ar = (await t.client().get('/ar/')).html;
    assert.match(
      ar,
      /<span lang="en" dir="ltr">Members share what works in care[^<]*<\/span> <span class="fallback-note">\(باللغة: الإنجليزية\)<\/span>/,
    );
    // Worded in Arabic (with a Latin name inside), the Arabic page shows it without a note.
    await staff.get(leadPath('ar'));
    assert.equal(
      (await staff.post(leadPath('ar'), { body: 'يتبادل أعضاء Carehub ما ينجح في الرعاية.', version: '0' }))
        .status,
      303,
    );
    const arabic = (await t.client().get('/ar/')).html;
    assert.match(arabic, /<p class="lead">يتبادل أعضاء Carehub ما ينجح في الرعاية\.<\/p>/);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['subject_id'])
      .where('action', '=', 'admin.site_text_edited')
      .execute();
    assert.deepEqual(audit.map((a) => a.subject_id).sort(), ['page:home.lead:ar', 'page:home.lead:en']);
    // The list shows the own wordings and the language that falls back.
    const list = visibleText((await staff.get('/en/admin/texts')).html);
    assert.ok(list.includes('own wording'));
    assert.ok(list.includes('shows another language’s wording'));
  });

  it('renames a category in one language wherever it is shown, and leaves the others alone', async () => {
    const before = (await t.client().get('/es/concepts/theme:care_systems')).html;
    assert.equal(versionIn((await staff.get(themePath('es'))).html), '0');
    assert.equal(
      (await staff.post(themePath('es'), { body: 'Sistemas integrales de cuidado', version: '0' })).status,
      303,
    );
    const after = (await t.client().get('/es/concepts/theme:care_systems')).html;
    assert.doesNotMatch(before, /Sistemas integrales de cuidado/);
    assert.match(after, /<h1[^>]*>[^<]*Sistemas integrales de cuidado/);
    assert.doesNotMatch(
      (await t.client().get('/en/concepts/theme:care_systems')).html,
      /Sistemas integrales/,
    );
    // Emptied, the built-in name is back.
    const version = versionIn((await staff.get(themePath('es'))).html);
    assert.equal(version, '1');
    assert.equal((await staff.post(themePath('es'), { body: '', version })).status, 303);
    assert.doesNotMatch(
      (await t.client().get('/es/concepts/theme:care_systems')).html,
      /Sistemas integrales/,
    );
  });

  it('rewords an offer card’s title and a section heading of the home page, the link kept', async () => {
    const pathOf = (locale: string, key: string) =>
      `/en/admin/texts/${locale}/${encodeURIComponent(`page:${key}`)}`;
    for (const [locale, key, body] of [
      ['pl', 'home.offers.connect.title', 'Poznaj partnerów z innych sektorów'],
      ['en', 'home.offers.connect.title', 'Meet partners from other sectors'],
      ['ar', 'home.offers.title', 'ما يقدّمه التحالف لأعضائه'],
    ] as const)
      assert.equal((await staff.post(pathOf(locale, key), { body, version: '0' })).status, 303, key);
    const pl = (await t.client().get('/pl/')).html;
    assert.match(pl, /<a href="\/pl\/connections">\s*Poznaj partnerów z innych sektorów\s*<\/a>/);
    assert.match(
      (await t.client().get('/ar/')).html,
      /<h2 id="offers-title">\s*ما يقدّمه التحالف لأعضائه\s*<\/h2>/,
    );
    // Spanish has no wording of its own: the English one, marked as English, still a link.
    const es = visibleText((await t.client().get('/es/')).html);
    assert.ok(es.includes('Meet partners from other sectors (en inglés)'), 'the fallback, marked');
  });

  it('refuses a save made from an older version, keeping what was typed', async () => {
    const other = await signedInClient(t.client(), await createUser(t.deps, { roles: ['admin'] }));
    const path = `/en/admin/texts/fr/${encodeURIComponent('page:home.join.body')}`;
    await staff.get(path);
    await other.get(path);
    const first = await other.post(path, { body: 'Rejoignez-nous.', version: '0' });
    assert.equal(first.status, 303, first.headers.get('location') ?? '');
    const late = await staff.post(path, { body: 'Adhérez à l’alliance.', version: '0' });
    assert.equal(late.status, 409);
    const html = await late.text();
    assert.ok(visibleText(html).includes('Someone changed this text in this language'));
    assert.match(html, /Adhérez à l’alliance\./);
    assert.equal(versionIn(html), '1', 'the form now carries the version that is kept');
    const row = await t.deps.db
      .selectFrom('site_texts')
      .select('body')
      .where('key', '=', 'page:home.join.body')
      .where('locale', '=', 'fr')
      .executeTakeFirstOrThrow();
    assert.equal(row.body, 'Rejoignez-nous.');
  });

  it('refuses HTML, a 20 KB text, direction marks and a two-line category name, each by name', async () => {
    const path = leadPath('en');
    const cases: [string, string, string][] = [
      [path, 'Join <script>alert(1)</script> us', 'Write plain text: HTML tags are not shown on the hub.'],
      [path, 'care '.repeat(4000), 'The text is too long for this place.'],
      [path, 'Care \u202Eevil\u202C text', 'Remove the invisible direction marks'],
      [themePath('en'), 'Care\nsystems', 'A category name is one line.'],
    ];
    for (const [target, body, message] of cases) {
      const page = await staff.get(target);
      const refused = await staff.post(target, { body, version: versionIn(page.html) });
      assert.equal(refused.status, 422, message);
      const html = await refused.text();
      assert.ok(visibleText(html).includes(message), message);
      assert.match(html, /class="notice error error-summary"/);
    }
    const html = await (await staff.post(path, { body: 'Join <b>us</b>', version: '1' })).text();
    assert.match(html, /Join &lt;b&gt;us&lt;\/b&gt;<\/textarea>/, 'what was typed is kept, escaped');
  });

  it('lets only the secretariat in, and only with the form’s token', async () => {
    const anonymous = await t.client().request('/en/admin/texts');
    assert.equal(anonymous.status, 302);
    assert.match(anonymous.headers.get('location') ?? '', /\/en\/sign-in/);
    const member = await signedInClient(t.client(), await createUser(t.deps));
    assert.equal((await member.request('/en/admin/texts')).status, 403);
    assert.equal((await member.request(leadPath('en'))).status, 403);
    await member.get('/en/account');
    assert.equal((await member.post(leadPath('en'), { body: 'Hijacked', version: '1' })).status, 403);
    await staff.get(leadPath('en'));
    assert.equal(
      (await staff.post(leadPath('en'), { body: 'No token', version: '1' }, { csrf: null })).status,
      403,
    );
    assert.equal(
      (await staff.request(`/en/admin/texts/xx/${encodeURIComponent('page:home.lead')}`)).status,
      404,
    );
    assert.equal(
      (await staff.request(`/en/admin/texts/en/${encodeURIComponent('page:nav.secret')}`)).status,
      404,
    );
    assert.doesNotMatch((await t.client().get('/en/')).html, /Hijacked|No token/);
  });
});
