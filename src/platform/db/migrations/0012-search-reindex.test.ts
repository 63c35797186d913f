import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDatabase, testDialect } from '../../../../test/support/test-database.ts';
import { insertOrganization } from '../../../domains/organizations/organizations.repository.ts';
import type { TDb } from '../database.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/** 0012 asks the next start for a reindex from the records, only where there are records to index. */
describe(`0012-search-reindex on ${testDialect}`, () => {
  const requestOf = async (db: TDb) =>
    (await db.selectFrom('search_state').select('value').where('key', '=', 'reindex').executeTakeFirst())
      ?.value;

  it('asks only when organisations were written before it, never on an empty database', async () => {
    const t = await createTestDatabase();
    try {
      const db = t.handle.db;
      await migrateToLatest(db);
      assert.equal(await requestOf(db), undefined, 'a fresh start (before its demo) has no request');

      await migrateTo(db, '0011-search-vectors');
      const at = '2023-05-01T00:00:00.000Z';
      await insertOrganization(db, {
        id: '0187a1b2-0000-7000-8000-000000000012',
        slug: 'early-member',
        name: 'Early Member',
        acronym: null,
        nameTranslations: {},
        stakeholderType: 'civil_society_network',
        scope: 'national',
        countries: ['MX'],
        city: null,
        website: null,
        description: 'A member from before organisations were searchable.',
        language: 'en',
        membershipStatus: 'member',
        publishedAt: at,
        at,
      });
      await migrateToLatest(db);
      assert.equal(await requestOf(db), 'required');
      await migrateTo(db, '0011-search-vectors');
      assert.equal(await requestOf(db), undefined, 'down takes the request back');
    } finally {
      await t.drop();
    }
  });
});
