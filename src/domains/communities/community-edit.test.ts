import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity, joinCommunity, startThread } from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Editing a community, as its facilitators and the secretariat do it through the page: texts per
 * language (added and removed), concepts, regions, a picture with its description in each language;
 * the slug stays, the search follows, the audit log records it, and bad input comes back translated
 * with what was typed. Nobody else may open or send the form.
 */
describe(`editing a community (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-05-04T10:00:00Z') } });
  const { secretariat, facilitator, member, outsider, otherFacilitator } = usePeople(t, {
    secretariat: { roles: ['curator'], name: 'Sol Secretariat' },
    facilitator: { name: 'Fatou Facilitator' },
    member: { name: 'Milo Member' },
    outsider: { name: 'Otto Outsider' },
    otherFacilitator: { name: 'Ines Other' },
  });
  let threadId = '';
  const slug = 'neighbourhood-carers';
  const base = `/en/communities/${slug}`;

  const png = (width: number, height: number, background: string) =>
    sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer();

  async function create(client: TestClient, name: string) {
    await createCommunity(client, { name, description: 'Carers who live on the same streets.' });
  }

  /** The edit form's current fields, as a browser would send them back unchanged. */
  async function formOf(
    client: TestClient,
    path = `${base}/edit`,
  ): Promise<Record<string, string | string[]>> {
    const { html, response } = await client.get(path);
    assert.equal(response.status, 200);
    const fields: Record<string, string | string[]> = {};
    const add = (name: string, value: string) => {
      const had = fields[name];
      fields[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
    };
    const decode = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const form = html.slice(html.indexOf(`action="${path}"`));
    for (const m of form.matchAll(/<input([^>]*)>/g)) {
      const attrs = m[1] ?? '';
      const name = /name="([^"]+)"/.exec(attrs)?.[1];
      const value = decode(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
      if (!name || name === '_csrf' || /type="(file|search)"/.test(attrs)) continue;
      if (/type="checkbox"/.test(attrs) && !/\bchecked\b/.test(attrs)) continue;
      add(name, value);
    }
    for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
      add(m[1] ?? '', decode(m[2] ?? ''));
    return fields;
  }

  before(async () => {
    await create(secretariat, 'Neighbourhood carers');
    await create(secretariat, 'Another circle');
    await joinCommunity(base, facilitator, member);
    await joinCommunity('/en/communities/another-circle', otherFacilitator);
    for (const [person, community] of [
      [facilitator, slug],
      [otherFacilitator, 'another-circle'],
    ] as const) {
      const row = await t.deps.db
        .selectFrom('communities')
        .select('id')
        .where('slug', '=', community)
        .executeTakeFirstOrThrow();
      await t.deps.db
        .updateTable('community_members')
        .set({ role: 'facilitator' })
        .where('community_id', '=', row.id)
        .where('user_id', '=', person.user.id)
        .execute();
    }
    threadId = await startThread(member, base, {
      title: 'Evening rounds',
      body: 'Who checks on the older neighbours after dark?',
    });
    assert.ok(threadId);
  });

  it('lets only the community’s facilitators and the secretariat open and send the form', async () => {
    const cases = [
      ['anonymous', t.client(), false],
      ['non-member', outsider, false],
      ['member', member, false],
      ['facilitator of another community', otherFacilitator, false],
      ['facilitator', facilitator, true],
      ['secretariat', secretariat, true],
    ] as const;
    for (const [who, client, isAllowed] of cases) {
      const page = await client.get(`${base}/edit`);
      const community = await client.get(base);
      const linksToEdit = community.html.includes(`href="${base}/edit"`);
      assert.equal(page.response.status === 200, isAllowed, `${who} opens the form`);
      assert.equal(linksToEdit, isAllowed, `${who} sees the link`);
      if (who === 'anonymous')
        assert.match(page.response.headers.get('location') ?? '', /^\/en\/sign-in\?next=/, 'sent to sign in');
      if (!isAllowed) {
        assert.ok(
          [302, 303, 401, 403, 404].includes(page.response.status),
          `${who}: ${page.response.status}`,
        );
        const sent = await client.post(`${base}/edit`, {
          version: '1',
          'name-en': 'Taken over',
          'description-en': 'Not theirs to change.',
        });
        assert.ok([302, 303, 401, 403, 404].includes(sent.status), `${who} sends: ${sent.status}`);
        if (sent.status === 303) assert.ok(!(sent.headers.get('location') ?? '').endsWith(slug));
      }
    }
    const row = await t.deps.db
      .selectFrom('communities')
      .select('name')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'Neighbourhood carers');
  });

  it('saves texts in two languages, concepts, regions and a picture; the slug stays and search follows', async () => {
    let fields = await formOf(facilitator);
    // Adding French is a step: the form comes back with French fields, nothing saved.
    const step = await facilitator.post(`${base}/edit`, { ...fields, addLanguage: 'fr', _add: 'language' });
    assert.equal(step.status, 200);
    const stepHtml = await step.text();
    assert.ok(stepHtml.includes('name="name-fr"') && visibleText(stepHtml).includes('Name in French'));
    fields = {
      ...fields,
      languages: 'fr',
      'name-en': 'Street-corner carers',
      'description-en': 'Neighbours who look after each other, street by street.',
      'pictureAlt-en': 'Two neighbours talking over a garden fence',
      'name-fr': 'Aidants du coin de la rue',
      'description-fr': 'Des voisins qui veillent les uns sur les autres, rue par rue.',
      'pictureAlt-fr': 'Deux voisins qui discutent par-dessus une clôture',
      themes: ['theme:community_care'],
      regions: ['region:africa'],
    };
    const picture = new File([new Uint8Array(await png(800, 400, '#7a3e9d'))], 'fence.png');
    const saved = await facilitator.post(`${base}/edit`, { ...fields, picture });
    assert.equal(saved.status, 303, visibleText(await saved.text()).slice(0, 400));
    assert.equal(saved.headers.get('location'), base);

    const english = await t.client().get(base);
    assert.ok(visibleText(english.html).includes('Street-corner carers'));
    assert.match(
      english.html,
      /<img src="\/media\/communities\/[^"]+" alt="Two neighbours talking over a garden fence" lang="en"/,
    );
    const french = await t.client().get(`/fr/communities/${slug}`);
    assert.ok(visibleText(french.html).includes('Aidants du coin de la rue'));
    assert.match(french.html, /alt="Deux voisins qui discutent par-dessus une clôture" lang="fr"/);
    // The directory card shows the picture too, and the theme facet counts the community.
    const directory = await t.client().get('/fr/communities');
    assert.match(
      directory.html,
      /class="card-image"|alt="Deux voisins qui discutent par-dessus une clôture"/,
    );
    assert.ok(directory.html.includes('alt="Deux voisins qui discutent par-dessus une clôture"'));
    assert.ok(
      (await t.client().get('/en/communities?theme=theme:community_care')).html.includes(
        'Street-corner carers',
      ),
    );
    // Threads' search documents carry the new name.
    const found = await t.client().get('/en/search?q=street-corner');
    assert.ok(found.html.includes(threadId), 'the thread is found by the community’s new name');
    const [entry] = await auditEntries(t.deps, { actions: ['communities.edited'] });
    assert.ok(entry);
    const details = JSON.parse(entry.details) as Record<string, unknown>;
    assert.deepEqual(details.languagesAdded, ['fr']);
    assert.equal(details.picture, 'added');
    assert.equal(details.themesChanged, true);
  });

  it('replaces and removes the picture and removes a language, leaving no stored bytes behind', async () => {
    const before = await t.deps.db
      .selectFrom('communities')
      .select('picture_key')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.ok(before.picture_key);
    let fields = await formOf(secretariat);
    assert.equal(fields['name-fr'], 'Aidants du coin de la rue');
    const replaced = await secretariat.post(`${base}/edit`, {
      ...fields,
      picture: new File([new Uint8Array(await png(300, 300, '#0b5e55'))], 'square.png'),
    });
    assert.equal(replaced.status, 303);
    assert.equal(await t.deps.files.read(before.picture_key), null, 'the old picture is gone');
    fields = await formOf(secretariat);
    const removed = await secretariat.post(`${base}/edit`, {
      ...fields,
      removePicture: '1',
      'removeLanguage-fr': '1',
    });
    assert.equal(removed.status, 303);
    const row = await t.deps.db
      .selectFrom('communities')
      .select(['picture_key', 'translations', 'slug'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.equal(row.picture_key, null);
    assert.deepEqual(JSON.parse(row.translations), {});
    const french = await t.client().get(`/fr/communities/${slug}`);
    assert.ok(visibleText(french.html).includes('Street-corner carers'));
    assert.ok(!french.html.includes('/media/communities/'));
  });

  it('answers bad input with translated messages and keeps what was typed', async () => {
    const fields = await formOf(facilitator);
    const refuse = async (changes: Record<string, string | File>, message: string, kept: string[]) => {
      const res = await facilitator.post(`${base}/edit`, { ...fields, ...changes });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.ok(visibleText(html).includes(message), `${message} in ${visibleText(html).slice(0, 300)}`);
      for (const text of kept) assert.ok(html.includes(text), `keeps ${text}`);
    };
    await refuse({ 'name-en': '   ', 'description-en': 'Kept description' }, 'Please fill in this field.', [
      'Kept description',
    ]);
    await refuse({ 'name-en': '<b>Carers</b>' }, 'A name is plain text: please remove the angle brackets.', [
      'value="&lt;b&gt;Carers&lt;/b&gt;"',
    ]);
    const big = new File([new Uint8Array(20 * 1024 * 1024)], 'huge.png');
    await refuse({ picture: big, 'description-en': 'Still here' }, 'The picture is larger than 5 MB.', [
      'Still here',
    ]);
    const script = new File([new TextEncoder().encode('<svg onload="alert(1)"></svg>')], 'evil.png');
    await refuse(
      { picture: script, 'pictureAlt-en': 'A drawing' },
      'The picture must be a PNG, JPEG or WebP image.',
      ['A drawing'],
    );
    await refuse(
      { picture: new File([new Uint8Array(await png(40, 40, '#222'))], 'a.png'), 'pictureAlt-en': '' },
      'Describe the picture for people who cannot see it.',
      [],
    );
    // Nothing of the refused saves reached the community.
    assert.ok(visibleText((await t.client().get(base)).html).includes('Street-corner carers'));
  });

  it('keeps a name in Arabic, written right to left, in its own direction', async () => {
    const fields = await formOf(facilitator, `/ar/communities/${slug}/edit`);
    const saved = await facilitator.post(`/ar/communities/${slug}/edit`, {
      ...fields,
      languages: 'ar',
      'name-ar': 'مقدّمو الرعاية في الحي',
      'description-ar': 'جيران يعتني بعضهم ببعض، شارعًا بعد شارع.',
    });
    assert.equal(saved.status, 303, visibleText(await saved.text()).slice(0, 300));
    const page = await t.client().get(`/ar/communities/${slug}`);
    assert.match(page.html, /<h1 lang="ar" dir="auto">مقدّمو الرعاية في الحي<\/h1>/);
    const form = (await facilitator.get(`/ar/communities/${slug}/edit`)).html;
    assert.match(form, /name="name-ar"[^>]*lang="ar" dir="auto"|lang="ar" dir="auto"[^>]*name="name-ar"/);
  });

  it('refuses a second save of the same form (double submit) and keeps the text to save again', async () => {
    const fields = await formOf(facilitator);
    const first = await facilitator.post(`${base}/edit`, { ...fields, 'description-en': 'First save wins.' });
    assert.equal(first.status, 303);
    const second = await facilitator.post(`${base}/edit`, {
      ...fields,
      'description-en': 'Second save waits.',
    });
    assert.equal(second.status, 409);
    const html = await second.text();
    assert.ok(visibleText(html).includes('Someone saved this community while you were editing it.'));
    assert.ok(html.includes('Second save waits.'));
    const row = await t.deps.db
      .selectFrom('communities')
      .select(['description', 'version'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.equal(row.description, 'First save wins.');
    // The form now names the newer version: saving again is a deliberate choice and goes through.
    assert.ok(html.includes(`name="version" value="${row.version}"`));
  });
});
