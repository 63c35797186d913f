import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { closeDeps, createDeps } from '../../compose.ts';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { createLogger } from '../../platform/logger.ts';
import { useGazetteer } from './hub-places.ts';
import { hubAnalyserFingerprint } from './hub-search.ts';
import { placeSeeds } from './place-seeds.ts';

/**
 * A start after the analyser changed (ADR 0126): the hub keeps its analyser's fingerprint with the index
 * and, finding another, analyses the kept documents again — after reading the editors' gazetteer, so a
 * record keeps the city editors added (a fresh process knows only the seeded places until then).
 */
describe(`a start that finds another analyser's fingerprint (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  const idsFor = async (search: TTestApp['deps']['search'], query: string, locale: string) =>
    (await search.search({ query, locale, types: ['practice'] })).items.map((h) => h.title);
  const keptFingerprint = async () =>
    (
      await t.deps.db
        .selectFrom('search_state')
        .select('value')
        .where('key', '=', 'analyser')
        .executeTakeFirst()
    )?.value;

  it('keeps the fingerprint on start, re-analyses on the next start when it differs, with the editors’ places', async () => {
    assert.equal(await keptFingerprint(), hubAnalyserFingerprint(), 'kept by the first start');
    const curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    await curator.get('/en/admin/places');
    const saved = await curator.post('/en/admin/places', {
      id: 'zakopane',
      country: 'PL',
      placeName: ['Zakopane', 'Закопане', 'زاكوباني'],
    });
    assert.equal(saved.status, 303);
    await publishPractices(t.deps, [
      practiceInput({
        language: 'pl',
        title: 'Opieka wytchnieniowa w Zakopanem',
        summary: 'Zakopane finansuje weekendy wytchnieniowe dla rodzin opiekujących się seniorami.',
        countries: ['PL'],
      }),
    ]);
    const title = 'Opieka wytchnieniowa w Zakopanem';
    assert.deepEqual(
      await idsFor(t.deps.search, 'Закопане', 'ru'),
      [title],
      'found by the place in Cyrillic',
    );

    // What another version of the analyser left; and a new process, which knows only the seeded places.
    await t.deps.db
      .updateTable('search_state')
      .set({ value: 'another analyser' })
      .where('key', '=', 'analyser')
      .execute();
    useGazetteer(placeSeeds);
    const config = readConfig({
      DATA_DIR: t.database.dataDir,
      DEMO: 'off',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://localhost',
      ...(t.database.databaseUrl ? { DATABASE_URL: t.database.databaseUrl } : {}),
    });
    const restarted = await createDeps(config, createLogger('silent'), {
      database: openDatabase({ databaseUrl: t.database.databaseUrl, dataDir: t.database.dataDir }),
    });
    try {
      assert.equal(
        await keptFingerprint(),
        hubAnalyserFingerprint(),
        'the rebuild keeps the new fingerprint',
      );
      assert.deepEqual(
        await idsFor(restarted.search, 'Закопане', 'ru'),
        [title],
        'the rebuilt record still carries the city the editors added',
      );
    } finally {
      await closeDeps(restarted);
    }
  });
});
