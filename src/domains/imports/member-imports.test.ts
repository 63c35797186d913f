import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { idFrom, reviewForm } from '../../../test/support/imports.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Members import for their own organisation (issue 18, docs/adr/0077): an editor pastes a page, the
 * import and the draft belong to their organisation, nothing is published; another organisation's
 * people do not even learn the import exists, and a person of no organisation cannot import.
 */
const dayCentrePage = [
  'Dzienny Dom Opieki „Pod Lipami” w Gdańsku',
  '',
  'Opublikowano 4 lutego 2026',
  '',
  'Miasto Gdańsk otwiera dzienny dom opieki dla osób starszych, prowadzony przez Fundację Pomorskie Ogrody.',
  '',
  'Kto może skorzystać?',
  '• osoby po 65. roku życia mieszkające w Gdańsku;',
  '• opiekunowie rodzinni, którzy pracują w ciągu dnia.',
].join('\n');

describe(`members import documents for their own organisation (${testDialect})`, () => {
  let t: TTestApp;
  let organization: { id: string; slug: string };
  let editor: TestClient;
  let plainMember: TestClient;
  let otherEditor: TestClient;
  let nobody: TestClient;

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
    organization = await createMemberOrganization(t.deps, { countries: ['PL'] });
    const other = await createMemberOrganization(t.deps);
    editor = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'editor'),
    );
    plainMember = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'member'),
    );
    otherEditor = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, other.id, 'editor'),
    );
    nobody = await signedInClient(t.client(), await createOrganizationPerson(t.deps, other.id, 'member'));
  });
  after(async () => {
    await t.close();
  });

  it('lets an editor import, review and make a draft owned by their organisation, not published', async () => {
    await editor.get('/pl/imports');
    const res = await editor.post('/pl/imports', { text: dayCentrePage, name: '' });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
    const id = idFrom(res);
    const row = await t.deps.db
      .selectFrom('document_imports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.organization_id, organization.id);
    const list = visibleText((await editor.get('/pl/imports')).html);
    assert.match(list, /Pod Lipami/);

    for (const [who, client] of [
      ['another organisation', otherEditor],
      ['a plain member', plainMember],
    ] as const) {
      assert.equal((await client.get(`/pl/imports/${id}`)).response.status, 404, who);
      await client.get('/pl/account');
      const post = await client.post(`/pl/imports/${id}`, { kind: 'service', action: 'draft', version: '1' });
      assert.equal(post.status, 404, who);
    }
    assert.doesNotMatch(visibleText((await otherEditor.get('/pl/imports')).html), /Pod Lipami/);

    const form = reviewForm((await editor.get(`/pl/imports/${id}`)).html);
    const drafted = await editor.post(`/pl/imports/${id}`, { ...form, kind: 'service', action: 'draft' });
    assert.equal(drafted.status, 303, visibleText(await drafted.text()).slice(0, 600));
    const slug = decodeURIComponent((drafted.headers.get('location') ?? '').split('/practices/')[1] ?? '');
    const practice = await t.deps.db
      .selectFrom('practices')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.equal(practice.status, 'draft');
    assert.equal(practice.organization_id, organization.id);
  });

  it('refuses people of no organisation role that writes', async () => {
    await nobody.get('/pl/account');
    assert.equal((await nobody.get('/pl/imports')).response.status, 403);
    assert.equal((await nobody.post('/pl/imports', { text: dayCentrePage })).status, 403);
  });
});
