import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useOrganisers } from '../../../test/support/events.ts';
import { errorSummaryNames, rowLegends } from '../../../test/support/form-walk.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

/** The campaign form walked without JavaScript (issue 16): materials are rows, not "title | address" lines. */
describe('campaign form without a script: materials as rows', () => {
  const t = useTestApp();
  const { lead } = useOrganisers(
    t,
    { lead: { slug: 'cuidado-justo', countries: ['CO'] } },
    { role: 'owner' },
  );

  const filled = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'Care counts',
    goal: 'Count unpaid care in every national budget.',
    callToAction: 'Endorse and share the toolkit.',
    body: '',
    language: 'en',
    scope: 'national',
    countries: ['CO'],
    themes: ['theme:care_systems'],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    materialTitle: ['Toolkit'],
    materialUrl: ['https://example.org/toolkit.pdf'],
    materialAlt: [''],
    organization: 'cuidado-justo',
    ...overrides,
  });

  it('adds a row, names the one mistake, keeps everything, then saves and edits as rows', async () => {
    const empty = await lead.get('/en/campaigns/new');
    assert.doesNotMatch(empty.html, /<textarea[^>]*name="materials"/);
    assert.doesNotMatch(empty.html, /\| address|title \|/);
    const added = await lead.post('/en/campaigns/new', { ...filled(), _add: 'materials' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.deepEqual(rowLegends(addedHtml), ['Material 1', 'Material 2']);
    assert.match(addedHtml, /value="Toolkit"/);

    const two = {
      materialTitle: ['Toolkit', 'Poster'],
      materialUrl: ['https://example.org/toolkit.pdf', 'poster.png'],
      materialAlt: ['', 'Hands holding a clock'],
    };
    const refused = await lead.post('/en/campaigns/new', filled(two));
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Materials']);
    assert.match(html, /value="poster.png"/);
    assert.match(html, /value="Hands holding a clock"/);

    const saved = await lead.post(
      '/en/campaigns/new',
      filled({ ...two, materialUrl: ['https://example.org/toolkit.pdf', 'https://example.org/poster.png'] }),
    );
    assert.equal(saved.status, 303);
    const row = await t.deps.db
      .selectFrom('campaigns')
      .select(['materials', 'slug'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      JSON.parse(row.materials).map((m: { kind: string; alt: string | null }) => [m.kind, m.alt]),
      [
        ['document', null],
        ['image', 'Hands holding a clock'],
      ],
    );
    const edit = await lead.get(`/en/campaigns/${row.slug}/edit`);
    assert.deepEqual(rowLegends(edit.html), ['Material 1', 'Material 2']);
    assert.match(edit.html, /name="materialAlt"[^>]*value="Hands holding a clock"/);
  });
});
