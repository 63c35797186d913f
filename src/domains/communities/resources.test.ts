import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { createCommunity, joinCommunity } from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/** A community's library: public hub records with a member's note; nothing that is not public. */
describe(`community library (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-06-01T10:00:00Z') } });
  const { curator, member, outsider } = usePeople(t, {
    curator: { roles: ['curator'] },
    member: { name: 'Lena Librarian' },
    outsider: {},
  });
  const base = '/en/communities/care-library';

  before(async () => {
    await createCommunity(curator, { name: 'Care library', description: 'Reading.' });
    await joinCommunity(base, member);
    await t.deps.search.upsertDocument({
      id: 'practice-1',
      type: 'practice',
      slug: 'care-blocks',
      language: 'es',
      title: 'Manzanas del Cuidado',
      summary: 'Servicios en el barrio.',
      body: 'Servicios en el barrio.',
      publishedAt: '2026-01-01T00:00:00.000Z',
      facets: [],
    });
  });

  it('adds a public hub record with a note, shown to everyone on the community page', async () => {
    await member.get(base);
    const res = await member.post(`${base}/resources`, {
      link: 'http://localhost/es/practices/care-blocks',
      note: 'The model most of us cite.',
    });
    assert.equal(res.status, 303);
    const page = await t.client().get(base);
    const text = visibleText(page.html);
    assert.ok(
      text.includes('Manzanas del Cuidado') &&
        text.includes('The model most of us cite.') &&
        text.includes('Added by Lena Librarian'),
    );
    assert.ok(page.html.includes('href="/en/practices/care-blocks"'));
  });

  it('refuses an address that is not a public hub page, keeping the note; outsiders may not add', async () => {
    await member.get(base);
    const bad = await member.post(`${base}/resources`, {
      link: '/en/practices/a-draft-nobody-sees',
      note: 'Kept note',
    });
    assert.equal(bad.status, 422);
    const html = await bad.text();
    assert.ok(visibleText(html).includes('not the address of a public page') && html.includes('Kept note'));
    await outsider.get(base);
    assert.equal(
      (await outsider.post(`${base}/resources`, { link: '/en/practices/care-blocks', note: 'x' })).status,
      403,
    );
  });

  it('lets the one who added it remove it', async () => {
    const row = await t.deps.db.selectFrom('community_resources').select('id').executeTakeFirstOrThrow();
    await outsider.get(base);
    assert.equal((await outsider.post(`${base}/resources/${row.id}/remove`, {})).status, 403);
    await member.get(base);
    assert.equal((await member.post(`${base}/resources/${row.id}/remove`, {})).status, 303);
    assert.ok(!visibleText((await t.client().get(base)).html).includes('The model most of us cite.'));
  });
});
