import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMemberOrganization } from '../../../test/support/events.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { listMemberChoices } from './practices.repository.ts';

/** The implementer rows' member suggestions come in one order on SQLite and on PostgreSQL. */
describe(`member suggestions for implementers: one order on every database (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    for (const name of ['Zeta Care', 'alpha cuida', 'Ärzte für Pflege', 'Beta 10', 'Beta 9', 'beta 9']) {
      await createMemberOrganization(t.deps, { name });
    }
  });
  after(async () => {
    await t.close();
  });

  it('alphabetical as people read it (case and accents aside, numbers as numbers), then by slug', async () => {
    const names = (await listMemberChoices(t.deps.db)).map((m) => m.name);
    assert.deepEqual(names, ['alpha cuida', 'Ärzte für Pflege', 'beta 9', 'Beta 9', 'Beta 10', 'Zeta Care']);
  });
});
