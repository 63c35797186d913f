import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { createUser, linkPathIn, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('organisations: owners edit the profile, the logo and the people', () => {
  const t = useTestApp();

  async function setUp() {
    const owner = await createUser(t.deps);
    const editor = await createUser(t.deps);
    const member = await createUser(t.deps);
    const org = await createOrganization(t.deps, {
      name: `Edited ${Date.now()}`,
      owners: [owner.id],
      people: [
        { userId: editor.id, role: 'editor' },
        { userId: member.id, role: 'member' },
      ],
    });
    return { owner, editor, member, org };
  }

  function profileFields(version: string, overrides: Record<string, string | string[]> = {}) {
    return {
      version,
      name: 'Renamed Care Network',
      stakeholderType: 'academia',
      scope: 'regional',
      countries: ['CL', 'PE'],
      description: 'A new description.',
      contactEmail: 'new.contact@example.org',
      ...overrides,
    };
  }

  it('lets owners and editors edit, not members; refuses a stale form', async () => {
    const { owner, editor, member, org } = await setUp();
    const ownerClient = await signedInClient(t.client(), owner);
    const edit = await ownerClient.get(`/en/members/${org.slug}/edit`);
    assert.equal(edit.response.status, 200);
    const saved = await ownerClient.post(`/en/members/${org.slug}/edit`, profileFields('1'));
    assert.equal(saved.status, 303);
    const profile = await ownerClient.get(`/en/members/${org.slug}`);
    assert.match(visibleText(profile.html), /Renamed Care Network/);
    assert.match(profile.html, /new\.contact@example\.org/);
    assert.match(visibleText((await t.client().get('/en/members?country=PE')).html), /Renamed Care Network/);

    const stale = await ownerClient.post(
      `/en/members/${org.slug}/edit`,
      profileFields('1', { name: 'Lost edit' }),
    );
    assert.equal(stale.status, 409);

    const editorClient = await signedInClient(t.client(), editor);
    await editorClient.get(`/en/members/${org.slug}/edit`);
    assert.equal(
      (await editorClient.post(`/en/members/${org.slug}/edit`, profileFields('2', { website: 'nope nope' })))
        .status,
      422,
    );
    assert.equal((await editorClient.post(`/en/members/${org.slug}/edit`, profileFields('2'))).status, 303);

    const memberClient = await signedInClient(t.client(), member);
    assert.equal((await memberClient.request(`/en/members/${org.slug}/edit`)).status, 403);
    assert.equal((await memberClient.request(`/en/members/${org.slug}/people`)).status, 403);
  });

  it('re-encodes logos to WebP within 512 px, refuses SVG scripts and mismatched files, serves them safely', async () => {
    const { owner, org } = await setUp();
    const client = await signedInClient(t.client(), owner);
    await client.get(`/en/members/${org.slug}/edit`);
    const big = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#0b5e55' } })
      .png()
      .toBuffer();
    const ok = await client.post(`/en/members/${org.slug}/logo`, {
      logo: new File([big], 'logo.png', { type: 'image/png' }),
    });
    assert.equal(ok.status, 303);
    const logo = await t.app.request(`/api/v1/organizations/${org.slug}/logo`);
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get('content-type'), 'image/webp');
    assert.equal(logo.headers.get('x-content-type-options'), 'nosniff');
    const meta = await sharp(Buffer.from(await logo.arrayBuffer())).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['webp', 512, 256]);

    const script = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const bad = await client.post(`/en/members/${org.slug}/logo`, { logo: new File([script], 'logo.svg') });
    assert.equal(bad.status, 422);
    assert.match(visibleText(await bad.text()), /scripts, event handlers or outside references/);
    const clean =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#f2b58f"/></svg>';
    assert.equal(
      (await client.post(`/en/members/${org.slug}/logo`, { logo: new File([clean], 'logo.svg') })).status,
      303,
    );
    const fake = await client.post(`/en/members/${org.slug}/logo`, { logo: new File([big], 'logo.jpg') });
    assert.equal(fake.status, 422);
  });

  it('refuses an SVG logo whose nested <use> would draw 10⁸ shapes, at once, while sign-in stays quick', async () => {
    const { owner, org } = await setUp();
    const client = await signedInClient(t.client(), owner);
    await client.get(`/en/members/${org.slug}/edit`);
    let laughs = '<circle id="l0" r="1"/>';
    for (let level = 1; level <= 8; level += 1) {
      laughs += `<g id="l${level}">${`<use href="#l${level - 1}"/>`.repeat(10)}</g>`;
    }
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">${laughs}<use href="#l8"/></svg>`;
    assert.ok(svg.length < 2000);
    const started = Date.now();
    const uploads = Promise.all(
      [1, 2, 3, 4].map(() =>
        client.post(`/en/members/${org.slug}/logo`, { logo: new File([svg], 'logo.svg') }),
      ),
    );
    const visitor = await createUser(t.deps);
    const signIn = await signedInClient(t.client(), visitor);
    assert.ok(signIn.cookies.has('carehub_session'));
    for (const res of await uploads) {
      assert.equal(res.status, 422);
      assert.match(visibleText(await res.text()), /scripts, event handlers or outside references/);
    }
    assert.ok(Date.now() - started < 20_000, `four uploads took ${Date.now() - started} ms`);
  });

  it('invites a colleague by e-mail, who accepts with the invited address; the last owner cannot leave', async () => {
    const { owner, member, org } = await setUp();
    const client = await signedInClient(t.client(), owner);
    await client.get(`/en/members/${org.slug}/people`);
    const colleague = await createUser(t.deps, { locale: 'es' });
    assert.equal(
      (await client.post(`/en/members/${org.slug}/people/invite`, { email: colleague.email, role: 'editor' }))
        .status,
      303,
    );
    const mail = await t.deps.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', colleague.email)
      .executeTakeFirstOrThrow();
    const link = linkPathIn(mail.text_body);
    assert.equal(Number(mail.carries_secret), 1, 'the invitation is marked as carrying a one-time link');

    const stranger = await signedInClient(t.client(), await createUser(t.deps));
    await stranger.get(link);
    assert.equal((await stranger.post(link, {})).status, 403, 'only the invited address can accept');

    const invited = await signedInClient(t.client(), colleague);
    const page = await invited.get(link);
    assert.equal(page.response.status, 200);
    assert.equal((await invited.post(link, {})).status, 303);
    assert.equal((await invited.request(`/en/members/${org.slug}/edit`)).status, 200);
    assert.equal((await invited.post(link, {})).status, 404, 'an invitation works once');

    const lastOwner = await client.post(`/en/members/${org.slug}/people/${owner.id}/remove`, {});
    assert.equal(lastOwner.status, 409);
    assert.equal((await client.post(`/en/members/${org.slug}/people/${member.id}/remove`, {})).status, 303);
  });
});
