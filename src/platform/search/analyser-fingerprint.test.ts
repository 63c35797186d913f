import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { analyserFingerprint } from './analyser-fingerprint.ts';
import { createConceptLexicon, type TLexiconEntry } from './concept-lexicon.ts';
import type { TPlaceNameSource } from './place-names.ts';
import { createSearchIndex } from './search-index.ts';
import type { TSearchDocument } from './search-types.ts';

/** A taxonomy that learns a concept: what used to need a migration asking for a rebuild (ADR 0126). */
const RESPITE: TLexiconEntry[] = [
  { conceptId: 'theme:respite', language: 'fr', term: 'répit' },
  { conceptId: 'theme:respite', language: 'en', term: 'short breaks' },
];
const CITIES: TPlaceNameSource[] = [
  {
    source: 'countries',
    names: [{ placeId: 'country:pl', name: 'Polska', isInflected: true, language: 'pl' }],
  },
];

const analyserOf = (lexicon: readonly TLexiconEntry[]) =>
  createAnalyser({
    lexicon: createConceptLexicon(lexicon),
    fingerprint: analyserFingerprint({ lexicon, places: CITIES }),
  });

const RESPITE_RIGHT: TSearchDocument = {
  id: 'fr-repit',
  type: 'practice',
  slug: 'fr-repit',
  language: 'fr',
  title: 'Droit au répit des aidants familiaux',
  summary: 'Un accueil temporaire finance par le département.',
  body: "L'hébergement temporaire laisse aux aidants le temps de se reposer.",
  publishedAt: '2024-01-10T00:00:00.000Z',
  facets: [{ facet: 'country', value: 'FR' }],
};

describe('the analyser fingerprint', () => {
  it('is the same for the same data, and differs when a phrase or a place name changes', () => {
    const base = analyserFingerprint({ lexicon: TEST_LEXICON, places: CITIES });
    assert.match(base, /^[0-9a-f]{64}$/);
    assert.equal(analyserFingerprint({ lexicon: [...TEST_LEXICON], places: structuredClone(CITIES) }), base);
    const changed = [
      analyserFingerprint({ lexicon: [...TEST_LEXICON, ...RESPITE], places: CITIES }),
      analyserFingerprint({
        lexicon: TEST_LEXICON.map((e, i) => (i === 0 ? { ...e, term: `${e.term}s` } : e)),
        places: CITIES,
      }),
      analyserFingerprint({ lexicon: TEST_LEXICON, places: [] }),
      analyserFingerprint({
        lexicon: TEST_LEXICON,
        places: [
          { source: 'countries', names: [{ placeId: 'country:pl', name: 'Polska', isInflected: false }] },
        ],
      }),
    ];
    for (const other of changed) assert.notEqual(other, base);
    assert.equal(new Set(changed).size, changed.length);
  });
});

describe(`an index analysed again when its analyser's fingerprint changes (${testDialect})`, () => {
  let t: TTestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
  });
  after(async () => {
    await t.drop();
  });
  const found = async (index: ReturnType<typeof createSearchIndex>, query: string) =>
    (await index.search({ query, locale: 'en', filters: {}, limit: 10, offset: 0 })).items.map((i) => i.id);

  it('rebuilds from the kept documents when the fingerprint differs or is missing, once, and not when it is the same', async () => {
    const old = createSearchIndex(t.handle, analyserOf(TEST_LEXICON));
    assert.equal(await old.rebuildIfRequired(), 0, 'an empty index only keeps the fingerprint');
    await old.upsertDocument(RESPITE_RIGHT);
    assert.equal(await old.rebuildIfRequired(), 0, 'the same analyser: nothing to do');
    assert.deepEqual(await found(old, 'short breaks'), [], 'the old analyser knows no "short breaks"');

    const learned = createSearchIndex(t.handle, analyserOf([...TEST_LEXICON, ...RESPITE]));
    assert.deepEqual(
      await found(learned, 'short breaks'),
      [],
      'the query names respite, the stored analysis of the French record does not',
    );
    assert.equal(await learned.rebuildIfRequired(), 1, 'another fingerprint: the document is analysed again');
    assert.deepEqual(await found(learned, 'short breaks'), ['fr-repit'], 'found through "répit" now');
    assert.equal(await learned.rebuildIfRequired(), 0, 'done once');
    const again = createSearchIndex(t.handle, analyserOf([...TEST_LEXICON, ...RESPITE]));
    assert.equal(await again.rebuildIfRequired(), 0, 'a new process with the same data: nothing to do');

    // An index written before fingerprints were kept (or by a hub that lost the row) is analysed again.
    await t.handle.db.deleteFrom('search_state').where('key', '=', 'analyser').execute();
    assert.equal(await again.rebuildIfRequired(), 1);
    assert.equal(await again.rebuildIfRequired(), 0);
  });
});
