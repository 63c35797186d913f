import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createOrganization } from '../../../test/support/organizations.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';

describe('organisations: owners translate the name and description of their profile', () => {
  const t = useTestApp();

  async function setUp() {
    const owner = await createUser(t.deps);
    const org = await createOrganization(t.deps, { name: `Care Network ${Date.now()}`, owners: [owner.id] });
    const client = await signedInClient(t.client(), owner);
    return { owner, org, client };
  }

  /** Posts the profile's translation form, as read at `version`; a field left out is not sent. */
  const postTranslation = (
    client: TestClient,
    slug: string,
    version: number,
    translation: { language: string; name?: string; description?: string },
    locale = 'en',
  ) =>
    client.post(`/${locale}/members/${slug}/translations`, {
      version: String(version),
      translationLanguage: translation.language,
      ...(translation.name === undefined ? {} : { translationName: translation.name }),
      ...(translation.description === undefined ? {} : { translationDescription: translation.description }),
    });

  const stored = (id: string) =>
    t.deps.db
      .selectFrom('organizations')
      .select(['name', 'description', 'language', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('adds, changes and removes a Polish translation, shown only on the Polish profile', async () => {
    const { org, client } = await setUp();
    const edit = await client.get(`/en/members/${org.slug}/edit`);
    assert.equal(edit.response.status, 200);
    assert.match(visibleText(edit.html), /Translations/);

    const saved = await postTranslation(client, org.slug, 1, {
      language: 'pl',
      name: 'Sieć Opieki',
      description: 'Członek sojuszu na rzecz opieki.',
    });
    assert.equal(saved.status, 303);

    const polish = (await t.client().get(`/pl/members/${org.slug}`)).html;
    assert.match(polish, /<h1 lang="pl"[^>]*>Sieć Opieki/);
    assert.match(polish, /<div class="prose" dir="auto" lang="pl"><p>Członek sojuszu na rzecz opieki\.<\/p>/);
    assert.match(polish, new RegExp(`<p class="hint" lang="en"[^>]*>${org.name}</p>`));
    assert.match(polish, /<div class="prose" dir="auto" lang="en"><p>A member of the alliance\.<\/p>/);

    const english = (await t.client().get(`/en/members/${org.slug}`)).html;
    assert.match(english, new RegExp(`<h1 lang="en"[^>]*>${org.name}`));
    assert.doesNotMatch(visibleText(english), /Sieć Opieki|Członek sojuszu/);

    const row = await stored(org.id);
    assert.deepEqual(row, {
      name: org.name,
      description: 'A member of the alliance.',
      language: 'en',
      version: row.version,
    });
    assert.equal(Number(row.version), 2);
    const translationSaved = ['organizations.translation_saved'];
    const audit = await auditEntries(t.deps, { subjectId: org.id, actions: translationSaved });
    assert.equal(audit.length, 1);
    assert.equal(JSON.parse(audit[0]?.details ?? '{}').language, 'pl');

    const prefilled = await client.get(`/en/members/${org.slug}/edit?translation=pl`);
    assert.match(prefilled.html, /value="Sieć Opieki"/);

    const changed = await postTranslation(client, org.slug, 2, {
      language: 'pl',
      name: 'Sieć Troski',
      description: '',
    });
    assert.equal(changed.status, 303);
    const changedPage = visibleText((await t.client().get(`/pl/members/${org.slug}`)).html);
    assert.match(changedPage, /Sieć Troski/);
    assert.doesNotMatch(changedPage, /Członek sojuszu/);

    const stale = await postTranslation(client, org.slug, 2, { language: 'pl', name: 'Lost edit' });
    assert.equal(stale.status, 409);

    const removed = await postTranslation(client, org.slug, 3, { language: 'pl', name: '', description: '' });
    assert.equal(removed.status, 303);
    const removedPage = (await t.client().get(`/pl/members/${org.slug}`)).html;
    assert.match(removedPage, new RegExp(`<h1 lang="en"[^>]*>${org.name}`));
    assert.doesNotMatch(visibleText(removedPage), /Sieć Troski/);
    assert.equal((await stored(org.id)).name, org.name);
  });

  it("refuses another organisation's owner and sends visitors to sign in", async () => {
    const { org } = await setUp();
    const other = await setUp();
    await other.client.get(`/en/members/${other.org.slug}/edit`);
    assert.equal((await other.client.request(`/en/members/${org.slug}/edit`)).status, 403);
    const refused = await postTranslation(other.client, org.slug, 1, {
      language: 'pl',
      name: 'Przejęta nazwa',
    });
    assert.equal(refused.status, 403);

    const visitor = t.client();
    const page = await visitor.request(`/en/members/${org.slug}/edit`);
    assert.equal(page.status, 302);
    assert.match(page.headers.get('location') ?? '', /sign-in/);
    const post = await postTranslation(visitor, org.slug, 1, { language: 'pl', name: 'Przejęta nazwa' });
    assert.equal(post.status, 303);
    assert.match(post.headers.get('location') ?? '', /sign-in/);
    assert.doesNotMatch(visibleText((await t.client().get(`/pl/members/${org.slug}`)).html), /Przejęta/);
  });

  it('refuses an unknown language, the original language and a too long description, keeping the input', async () => {
    const { org, client } = await setUp();
    await client.get(`/en/members/${org.slug}/edit`);

    const unknown = await postTranslation(client, org.slug, 1, { language: 'xx', name: 'Typed name' });
    assert.equal(unknown.status, 422);
    const unknownHtml = await unknown.text();
    assert.match(visibleText(unknownHtml), /Please choose a language from the list\./);
    assert.match(unknownHtml, /value="Typed name"/);

    await client.get(`/pl/members/${org.slug}/edit`);
    const original = await postTranslation(
      client,
      org.slug,
      1,
      { language: 'en', name: 'Another English name' },
      'pl',
    );
    assert.equal(original.status, 422);
    const originalHtml = await original.text();
    assert.match(visibleText(originalHtml), /Profil jest napisany w tym języku/);
    assert.match(originalHtml, /value="Another English name"/);

    const tooLong = await postTranslation(client, org.slug, 1, {
      language: 'fr',
      name: 'Réseau de soins',
      description: 'x'.repeat(5001),
    });
    assert.equal(tooLong.status, 422);
    const tooLongHtml = await tooLong.text();
    assert.match(visibleText(tooLongHtml), /This is too long\./);
    assert.match(tooLongHtml, /value="Réseau de soins"/);

    const row = await stored(org.id);
    assert.equal(Number(row.version), 1);
    assert.equal(row.name, org.name);
  });
});
