import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { createOrganizationPerson, useOrganisers } from '../../../test/support/events.ts';
import {
  importRow,
  openReview,
  pasteImport,
  practiceSlugFrom,
  redirectOf,
  sendReview,
} from '../../../test/support/imports.ts';
import { usePeople } from '../../../test/support/people.ts';
import { practiceRow } from '../../../test/support/practices.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
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
  const t = useTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
  const { editor, otherEditor } = useOrganisers(t, { editor: { countries: ['PL'] }, otherEditor: {} });
  const { plainMember, nobody } = usePeople(t, {
    plainMember: (deps) => createOrganizationPerson(deps, editor.organization.id, 'member'),
    nobody: (deps) => createOrganizationPerson(deps, otherEditor.organization.id, 'member'),
  });

  it('lets an editor import, review and make a draft owned by their organisation, not published', async () => {
    const id = await pasteImport(editor, dayCentrePage, 'pl');
    const row = await importRow(t.deps, id);
    assert.equal(row.organization_id, editor.organization.id);
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

    const review = await openReview(editor, id, 'pl');
    const drafted = await redirectOf(await sendReview(editor, review, { kind: 'service' }));
    const practice = await practiceRow(t.deps, practiceSlugFrom(drafted));
    assert.equal(practice.status, 'draft');
    assert.equal(practice.organization_id, editor.organization.id);
  });

  it('refuses people of no organisation role that writes', async () => {
    await nobody.get('/pl/account');
    assert.equal((await nobody.get('/pl/imports')).response.status, 403);
    assert.equal((await nobody.post('/pl/imports', { text: dayCentrePage })).status, 403);
  });
});
