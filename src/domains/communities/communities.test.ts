import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { visibleText } from '../../../test/support/accounts.ts';
import { createCommunity, startThread } from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { sweepOrphanFiles } from '../../platform/file-sweep.ts';
import { findReferencedPictureKeys } from './communities.repository.ts';

/**
 * Communities of practice through their pages, as people use them: the secretariat creates, a member
 * proposes, people join or ask to, discuss in several languages, translate, edit, delete, accept an
 * answer; and what a private community keeps from those outside it.
 */
describe(`communities of practice (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-03-10T09:00:00Z') } });
  const { curator, ana, ben, outsider } = usePeople(t, {
    curator: { roles: ['curator'], name: 'Cora Curator' },
    ana: { name: 'Ana Ruiz', locale: 'es' },
    ben: { name: 'Ben Okoro' },
    outsider: { name: 'Olek Outsider' },
  });

  /** A community made through the form; answers its slug. */
  async function communitySlug(
    client: TestClient,
    fields: { name: string } & Record<string, string | string[]>,
  ) {
    const path = await createCommunity(client, {
      description: 'People who plan care services close to home.',
      ...fields,
    });
    return decodeURIComponent(path.split('/communities/')[1] ?? '');
  }

  let cities = '';
  let threadId = '';

  it('shows a directory of communities instead of "Coming soon", with facets and counts', async () => {
    cities = await communitySlug(curator, {
      name: 'Care in cities',
      themes: ['theme:care_infrastructure', 'theme:community_care'],
      regions: ['region:europe'],
    });
    await communitySlug(curator, {
      name: 'Long-term care financing',
      joinPolicy: 'request',
      themes: ['theme:care_financing'],
    });
    for (const locale of ['en', 'ar', 'es']) {
      const page = await t.client().get(`/${locale}/communities`);
      assert.equal(page.response.status, 200);
      assert.ok(!/Coming soon|Próximamente|قريبًا/.test(page.html), `${locale}: no "coming soon" any more`);
    }
    const page = await t.client().get('/en/communities');
    const text = visibleText(page.html);
    assert.ok(text.includes('Care in cities') && text.includes('Long-term care financing'));
    assert.ok(text.includes('2 communities of 2'));
    assert.match(text, /Care infrastructure[^()]*\(1\)/i);
    const filtered = visibleText((await t.client().get('/en/communities?joinPolicy=request')).html);
    assert.ok(filtered.includes('Long-term care financing') && !filtered.includes('Care in cities'));
    assert.ok(filtered.includes('1 community of 2'));
  });

  it('takes a picture only with its description, checked by its bytes, and serves it re-encoded', async () => {
    const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#0b5e55' } })
      .png()
      .toBuffer();
    const picture = () => new File([new Uint8Array(png)], 'street.png');
    await curator.get('/en/communities/new');
    const fields = {
      name: 'Care on the street',
      description: 'Street-level care.',
      language: 'en',
      visibility: 'public',
      joinPolicy: 'open',
    };
    const noAlt = await curator.post('/en/communities/new', { ...fields, picture: picture() });
    assert.equal(noAlt.status, 422);
    const noAltText = visibleText(await noAlt.text());
    assert.ok(noAltText.includes('Describe the picture') && noAltText.length > 0);
    const lying = await curator.post('/en/communities/new', {
      ...fields,
      pictureAlt: 'A street',
      picture: new File([new TextEncoder().encode('<html><script>alert(1)</script></html>')], 'street.png'),
    });
    assert.equal(lying.status, 422);
    assert.ok(visibleText(await lying.text()).includes('PNG, JPEG or WebP'));
    const ok = await curator.post('/en/communities/new', {
      ...fields,
      pictureAlt: 'Two carers crossing a street',
      picture: picture(),
    });
    assert.equal(ok.status, 303);
    const page = await t.client().get(ok.headers.get('location') ?? '');
    const src = /<img src="(\/media\/communities\/[^"]+)" alt="Two carers crossing a street"/.exec(
      page.html,
    )?.[1];
    assert.ok(src, 'the page shows the picture with its description');
    const image = await t.client().request(src);
    assert.equal(image.headers.get('content-type'), 'image/webp');
    assert.equal((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).format, 'webp');
    // The orphan-file sweep knows the picture is named by its community.
    const swept = await sweepOrphanFiles(
      { db: t.deps.db, files: t.deps.files, references: [findReferencedPictureKeys] },
      { now: new Date('2030-01-01T00:00:00Z') },
    );
    const row = await t.deps.db
      .selectFrom('communities')
      .select('picture_key')
      .where('picture_key', 'is not', null)
      .executeTakeFirst();
    assert.ok(row?.picture_key && !swept.removed.includes(row.picture_key));
    assert.equal((await t.client().request(src)).status, 200);
  });

  it('keeps a member’s proposal out of the directory until the secretariat approves it', async () => {
    const slug = await communitySlug(ana, { name: 'Cuidados comunitarios', language: 'es' });
    assert.ok(!visibleText((await t.client().get('/en/communities')).html).includes('Cuidados comunitarios'));
    assert.equal((await t.client().get(`/en/communities/${slug}`)).response.status, 404);
    assert.equal((await outsider.get(`/en/communities/${slug}`)).response.status, 404);
    assert.ok(visibleText((await ana.get(`/en/communities/${slug}`)).html).includes('Proposal waiting'));
    assert.equal((await ana.post(`/en/communities/${slug}/approve`, {})).status, 403);
    const directory = visibleText((await curator.get('/en/communities')).html);
    assert.ok(directory.includes('Proposed communities') && directory.includes('Cuidados comunitarios'));
    await curator.get(`/en/communities/${slug}`);
    assert.equal((await curator.post(`/en/communities/${slug}/approve`, {})).status, 303);
    assert.ok(visibleText((await t.client().get('/en/communities')).html).includes('Cuidados comunitarios'));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'communities.%')
      .execute();
    assert.ok(
      audit.some((a) => a.action === 'communities.proposed') &&
        audit.some((a) => a.action === 'communities.approved'),
    );
  });

  it('lets people join an open community at once, and by request through a facilitator', async () => {
    await ana.get(`/en/communities/${cities}`);
    assert.equal((await ana.post(`/en/communities/${cities}/join`, {})).status, 303);
    // A double submit changes nothing.
    assert.equal((await ana.post(`/en/communities/${cities}/join`, {})).status, 403);
    await ben.get(`/en/communities/${cities}`);
    assert.equal((await ben.post(`/en/communities/${cities}/join`, {})).status, 303);
    assert.ok(
      visibleText((await ana.get(`/en/communities/${cities}`)).html).includes('Leave this community'),
    );

    await ben.get('/en/communities/long-term-care-financing');
    assert.equal((await ben.post('/en/communities/long-term-care-financing/join', {})).status, 303);
    assert.ok(
      visibleText((await ben.get('/en/communities/long-term-care-financing')).html).includes(
        'waiting for a facilitator',
      ),
    );
    const facilitatorView = visibleText((await curator.get('/en/communities/long-term-care-financing')).html);
    assert.ok(facilitatorView.includes('1 request to join') && facilitatorView.includes('Ben Okoro'));
    const accept = await curator.post(
      `/en/communities/long-term-care-financing/members/${ben.user.id}/accept`,
      {},
    );
    assert.equal(accept.status, 303);
    assert.ok(
      visibleText((await ben.get('/en/communities/long-term-care-financing')).html).includes(
        'Start a discussion',
      ),
    );
  });

  it('detects each post’s language, shows a member’s translation to readers of that language, the original one click away', async () => {
    threadId = await startThread(ana, `/en/communities/${cities}`, {
      title: '¿Cómo elegir el barrio para una manzana del cuidado?',
      kind: 'question',
      body: 'En nuestra ciudad agrupamos servicios de cuidado en pocas cuadras. ¿Qué datos usan ustedes para decidir dónde abrir la primera?',
    });
    const path = `/en/communities/${cities}/threads/${threadId}`;
    const first = visibleText((await ben.get(path)).html);
    assert.ok(first.includes('Written in Spanish'), first.slice(0, 600));

    await ben.get(`${path}/posts/${threadId}/translate`);
    const translated = await ben.post(`${path}/posts/${threadId}/translate`, {
      language: 'en',
      body: 'In our city we group care services within a few blocks. What data do you use to decide where to open the first one?',
    });
    assert.equal(translated.status, 303);
    const english = await t.client().get(path);
    const englishText = visibleText(english.html);
    assert.ok(englishText.includes('What data do you use'), 'an English reader reads the translation');
    assert.ok(englishText.includes('Translated from Spanish by Ben Okoro'));
    assert.match(
      english.html,
      /<details><summary>Show the original \(Spanish\)<\/summary>[\s\S]*¿Qué datos usan ustedes/,
    );
    const spanish = visibleText((await t.client().get(`/es/communities/${cities}/threads/${threadId}`)).html);
    assert.ok(spanish.includes('¿Qué datos usan ustedes') && !spanish.includes('Traducido del'));
  });

  it('names a post’s translations as each language joins a list, never with a Latin comma in Arabic', async () => {
    const path = `/en/communities/${cities}/threads/${threadId}`;
    await ben.get(`${path}/posts/${threadId}/translate`);
    const french = await ben.post(`${path}/posts/${threadId}/translate`, {
      language: 'fr',
      body: 'Dans notre ville, nous regroupons les services de soin sur quelques pâtés de maisons.',
    });
    assert.equal(french.status, 303);
    const arabic = visibleText((await t.client().get(`/ar/communities/${cities}/threads/${threadId}`)).html);
    assert.match(arabic, /الترجمات: (الإنجليزية والفرنسية|الفرنسية والإنجليزية)/);
    const english = visibleText((await t.client().get(path)).html);
    assert.match(english, /Translations: (English and French|French and English)/);
  });

  it('replies with mentions of members only, quotes, hub records as cards, and sanitised Markdown', async () => {
    await t.deps.search.upsertDocument({
      id: 'practice-care-blocks',
      type: 'practice',
      slug: 'manzanas-del-cuidado',
      language: 'es',
      title: 'Manzanas del Cuidado',
      summary: 'Servicios de cuidado agrupados en el barrio.',
      body: 'Servicios de cuidado agrupados en el barrio.',
      publishedAt: '2026-01-01T00:00:00.000Z',
      facets: [],
    });
    const path = `/en/communities/${cities}/threads/${threadId}`;
    const quoting = await ben.get(`${path}?quote=${threadId}`);
    assert.match(quoting.html, /name="quoteOf" value="/);
    const res = await ben.post(`${path}/replies`, {
      quoteOf: threadId,
      body:
        'Thanks @Ana Ruiz, and @Nobody Here too. We start from the map of carers. See /es/practices/manzanas-del-cuidado\n\n' +
        '<script>alert(1)</script> [click](javascript:alert(2)) ![pixel](https://tracker.example/p.gif) <b onclick="x()">bold</b>',
    });
    assert.equal(res.status, 303);
    const page = await t.client().get(path);
    assert.match(page.html, /<strong class="mention">@Ana Ruiz<\/strong>/);
    assert.ok(!page.html.includes('class="mention">@Nobody') && page.html.includes('@Nobody Here'));
    assert.ok(page.html.includes('In reply to <bdi>Ana Ruiz</bdi>'), 'the quoted author named, isolated');
    assert.match(
      page.html,
      /<h3><a href="\/en\/practices\/manzanas-del-cuidado"[^>]*>Manzanas del Cuidado<\/a><\/h3>/,
    );
    for (const hostile of [/<script>alert/, /href="javascript/i, /<img[^>]*tracker/, /onclick=/])
      assert.doesNotMatch(page.html, hostile);
    assert.ok(visibleText(page.html).includes('bold'));
    assert.ok(page.html.includes('"@type":"DiscussionForumPosting"'));
    assert.match(page.html, /"headline":"¿Cómo elegir el barrio[^"]*","url"/);
    assert.match(page.html, /"comment":\[\{"@type":"Comment"[^\]]*"name":"Ben Okoro"/);
  });

  it('keeps what was typed and names the limit when a post is empty or too long', async () => {
    const path = `/en/communities/${cities}/threads/${threadId}`;
    await ben.get(path);
    const empty = await ben.post(`${path}/replies`, { body: '   ' });
    assert.equal(empty.status, 422);
    assert.ok(visibleText(await empty.text()).includes('Please fill in this field'));
    const long = 'ا'.repeat(100_000);
    const tooLong = await ben.post(`${path}/replies`, { body: long });
    assert.equal(tooLong.status, 422);
    const html = await tooLong.text();
    assert.ok(visibleText(html).includes('at most 20,000 characters'));
    assert.ok(html.includes(long), 'the text is kept');
    await ana.get(`/en/communities/${cities}`);
    const thread = await ana.post(`/en/communities/${cities}/threads`, {
      title: '<img src=x onerror=alert(1)>',
      kind: 'discussion',
      body: '',
    });
    assert.equal(thread.status, 422);
    const threadHtml = await thread.text();
    assert.ok(
      threadHtml.includes('&lt;img src=x onerror=alert(1)&gt;') && !threadHtml.includes('<img src=x'),
    );
  });

  it('edits with history, deletes as a tombstone, accepts an answer and counts "helpful"', async () => {
    const path = `/en/communities/${cities}/threads/${threadId}`;
    const posts = await t.deps.db
      .selectFrom('community_posts')
      .select(['id', 'author_id'])
      .where('thread_id', '=', threadId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const reply = posts.find((p) => p.author_id === ben.user.id)?.id as string;
    await ben.get(`${path}/posts/${reply}/edit`);
    assert.equal((await ana.post(`${path}/posts/${reply}/edit`, { body: 'Not mine' })).status, 403);
    const edit = await ben.post(`${path}/posts/${reply}/edit`, {
      body: 'We start from the map of unpaid carers, then bus routes.',
    });
    assert.equal(edit.status, 303);
    const history = visibleText((await t.client().get(`${path}/posts/${reply}/history`)).html);
    assert.ok(history.includes('bus routes') && history.includes('We start from the map of carers'));

    await ben.get(path);
    assert.equal(
      (await ben.post(`${path}/posts/${reply}/accept`, {})).status,
      403,
      'only the asker or a facilitator',
    );
    await ana.get(path);
    assert.equal((await ana.post(`${path}/posts/${reply}/accept`, {})).status, 303);
    assert.equal((await ana.post(`${path}/posts/${reply}/helpful`, { helpful: '1' })).status, 303);
    assert.equal((await ana.post(`${path}/posts/${reply}/helpful`, { helpful: '1' })).status, 303);
    let text = visibleText((await t.client().get(path)).html);
    assert.ok(text.includes('Accepted answer') && text.includes('Helpful to 1 person'));

    await ben.get(path);
    assert.equal((await ben.post(`${path}/posts/${reply}/delete`, {})).status, 303);
    text = visibleText((await t.client().get(path)).html);
    assert.ok(text.includes('This post was deleted by its author.') && !text.includes('bus routes'));
    assert.equal((await t.client().get(`${path}/posts/${reply}/history`)).response.status, 200);
    assert.ok(
      !visibleText((await t.client().get(`${path}/posts/${reply}/history`)).html).includes('map of carers'),
    );
  });

  it('keeps a private community’s threads from everyone but its members and the secretariat', async () => {
    const secret = await communitySlug(curator, {
      name: 'Quiet circle',
      visibility: 'private',
      joinPolicy: 'request',
    });
    await curator.get(`/en/communities/${secret}`);
    const thread = await startThread(curator, `/en/communities/${secret}`, {
      title: 'Confidential funding worries',
      body: 'Only for us: the grant ends in June.',
    });
    const path = `/en/communities/${secret}/threads/${thread}`;
    for (const [who, client] of [
      ['anonymous', t.client()],
      ['outsider', outsider],
    ] as const) {
      const page = await client.get(`/en/communities/${secret}`);
      assert.equal(page.response.status, 200, `${who} sees that the community exists`);
      assert.ok(!page.html.includes('Confidential funding'), `${who} does not see its threads`);
      assert.ok(visibleText(page.html).includes('only its members read'));
      assert.equal((await client.get(path)).response.status, 404, `${who} gets 404 for a thread`);
      assert.equal((await client.get(`${path}/posts/${thread}/history`)).response.status, 404);
    }
    await outsider.get(`/en/communities/${secret}`);
    assert.equal((await outsider.post(`${path}/replies`, { body: 'let me in' })).status, 404);
    const member = visibleText((await curator.get(path)).html);
    assert.ok(member.includes('the grant ends in June'));
    const jsonLd = (await curator.get(path)).html;
    assert.ok(!jsonLd.includes('DiscussionForumPosting'), 'no structured data for a private thread');
  });
});
