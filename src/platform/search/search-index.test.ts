import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TEST_CORPUS, TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { FacetCounter } from './facet-counter.ts';
import { createFts5Engine, createFts5Matcher } from './fts5-index.ts';
import { filterTokenGroups } from './index-rows.ts';
import { dropWholeWordPrefixes } from './prefix-words.ts';
import { createSearchIndex, type TSearchIndex, type TSearchRequest } from './search-index.ts';
import { createTsvectorEngine, createTsvectorMatcher } from './tsvector-index.ts';

/**
 * The index on the database of this run (SQLite, or PostgreSQL with TEST_DATABASE_URL): the same
 * assertions hold on both, so both rank the same top results.
 */
describe(`search index on ${testDialect}`, () => {
  let t: TTestDatabase;
  let index: TSearchIndex;
  const search = (query: string, locale: string, more: Partial<TSearchRequest> = {}) =>
    index.search({ query, locale, filters: {}, sort: 'relevance', limit: 10, offset: 0, ...more });
  const ids = async (query: string, locale: string, more: Partial<TSearchRequest> = {}) =>
    (await search(query, locale, more)).items.map((i) => i.id);

  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    index = createSearchIndex(t.handle, createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) }));
    for (const doc of TEST_CORPUS) await index.upsertDocument(doc);
    // Indexing again replaces, never duplicates.
    for (const doc of TEST_CORPUS) await index.upsertDocument(doc);
  });
  after(async () => {
    await t.drop();
  });

  it('finds the Polish partnership from the Spanish "guarderías", through the concept, marked as other language', async () => {
    const result = await search('guarderías', 'es');
    const found = result.items.map((i) => i.id);
    assert.equal(found[0], 'es-care-blocks', 'the Spanish text with the very word comes first');
    assert.ok(found.includes('pl-partnership'));
    assert.ok(found.includes('en-childcare'));
    const polish = result.items.find((i) => i.id === 'pl-partnership');
    assert.equal(polish?.isOtherLanguage, true);
    assert.equal(result.items[0]?.isOtherLanguage, false);
    assert.match(polish?.snippet ?? '', /<mark>żłobkach<\/mark>/);
    assert.deepEqual(result.query.concepts, ['theme:early_childhood']);
  });

  it("ranks documents with the query's own words first when filters narrow a concept query too", async () => {
    // With filters the matches are few and one walk of the index ranks them and tells which hold the
    // typed word; without the tier the newer Polish and Russian texts, found through the concept, lead.
    const filterSets: Array<Record<string, string[]>> = [
      { type: ['practice', 'news', 'event'] },
      { year: ['2022', '2023', '2024'] },
    ];
    for (const filters of filterSets) {
      const result = await search('guarderías', 'es', { filters });
      const found = result.items.map((i) => i.id);
      assert.equal(found[0], 'es-care-blocks', JSON.stringify(filters));
      assert.ok(found.includes('pl-partnership'));
    }
    const caregivers = await search('opiekunów osób starszych', 'pl', { types: ['practice', 'news'] });
    assert.equal(caregivers.items[0]?.id, 'pl-partnership');
  });

  it("finds the documents that hold the query's own words, the ones that rank first", async () => {
    const db = t.handle.db;
    const matcher =
      testDialect === 'postgres'
        ? createTsvectorMatcher(db, new FacetCounter(db))
        : createFts5Matcher(db, new FacetCounter(db));
    const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
    const keys = await db.selectFrom('search_documents').select(['seq', 'id']).execute();
    const idOf = new Map(keys.map((k) => [k.seq, k.id]));
    const walk = async (text: string, locale: string, filterGroups: string[][] = []) => {
      const query = {
        match: { query: analyser.analyseQuery(text, { locale }), mode: 'all' as const },
        filters: [],
        sort: 'relevance' as const,
        limit: 10,
        offset: 0,
      };
      const all = matcher.expression(query, filterGroups);
      assert.ok(all);
      const ids = async (expression: string) =>
        (await matcher.newestMatches(expression, 10, false)).map((m) => idOf.get(m.seq)).sort();
      return { all: await ids(all), own: await ids(matcher.ownWordsExpression(query, filterGroups)) };
    };
    const guarderias = await walk('guarderías', 'es');
    assert.deepEqual(guarderias.own, ['es-care-blocks'], 'only the Spanish text has the very word');
    assert.ok(guarderias.all.includes('pl-partnership') && guarderias.all.includes('en-childcare'));
    // Two words: the Polish partnership has "Kraków" and childcare only as a concept (żłobki).
    const krakow = await walk('childcare Kraków', 'en');
    assert.deepEqual(krakow.all, ['pl-partnership']);
    assert.deepEqual(krakow.own, [], 'it does not hold every typed word');
    const gb = filterTokenGroups([['country', ['GB']]]);
    const inBritain = await walk('childcare', 'en', gb);
    assert.deepEqual(inBritain.all, ['en-childcare', 'en-unsafe'], 'filters narrow both');
    assert.deepEqual(inBritain.own, ['en-childcare']);
  });

  it('finds the English long-term care programme from "رعاية المسنين"', async () => {
    assert.deepEqual(await ids('رعاية المسنين', 'ar'), ['ar-conference', 'en-long-term-care']);
  });

  it('ranks the same top result for queries in all six languages', async () => {
    // A record about nurseries in its title (the concept, in English) outranks one that names them in
    // its body in the reader's own language: the language of a record is no reason to rank it.
    const expectations: Array<[string, string, string]> = [
      ['żłobki', 'pl', 'en-unsafe'],
      ['zlobek', 'en', 'en-unsafe'],
      ['personnes âgées', 'fr', 'fr-respite'],
      ['пожилые люди', 'ru', 'ru-home-care'],
      ['long-term care', 'en', 'en-long-term-care'],
      ['childcare', 'en', 'en-childcare'],
      ['manzanas del cuidado', 'es', 'es-care-blocks'],
      ['mieszkańcy Krakowa', 'pl', 'pl-partnership'],
    ];
    for (const [query, locale, expected] of expectations) {
      assert.equal((await ids(query, locale))[0], expected, query);
    }
  });

  it('finds a record in a language the analyser does not know', async () => {
    assert.deepEqual(await ids('malezi', 'en'), ['sw-community']);
    assert.deepEqual(await ids('vituo vya malezi', 'en'), ['sw-community']);
  });

  it('matches the last word of a short query as a prefix', async () => {
    assert.deepEqual(await ids('Krak', 'pl'), ['pl-partnership']);
  });

  it('drops the prefix of a whole typed word, known by its stem, and keeps it for a part of a word', async () => {
    const db = t.handle.db;
    const engine = testDialect === 'postgres' ? createTsvectorEngine(db) : createFts5Engine(db);
    const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
    const lastPrefix = async (text: string, locale: string) => {
      const query = analyser.analyseQuery(text, { locale });
      assert.ok(query.words.at(-1)?.prefix, 'a short query ends in a prefix');
      return (await dropWholeWordPrefixes(engine, query)).words.at(-1)?.prefix;
    };
    assert.equal(await lastPrefix('working parents', 'en'), undefined, '"parents" is indexed as its stem');
    assert.equal(await lastPrefix('Krak', 'pl'), 'krak', 'only the start of "Krakowa"');
  });

  it('suggests a correction for a misspelt word and shows its results', async () => {
    const result = await search('chldcare', 'en');
    assert.equal(result.didYouMean, 'childcare');
    assert.equal(result.items[0]?.id, 'en-childcare');
  });

  it('counts facets over the whole match set and filters by them', async () => {
    const all = await search('', 'en', { limit: 1 });
    assert.equal(all.query.isEmpty, true);
    assert.equal(all.total, TEST_CORPUS.length);
    assert.equal(all.items.length, 1);
    assert.deepEqual(all.facets.type, [
      { value: 'practice', count: 5 },
      { value: 'news', count: 3 },
      { value: 'event', count: 1 },
    ]);
    assert.deepEqual(
      all.facets.country?.find((f) => f.value === 'GB'),
      { value: 'GB', count: 2 },
    );

    const practices = await search('', 'en', { types: ['practice'] });
    assert.equal(practices.total, 5);
    assert.ok(practices.items.every((i) => i.type === 'practice'));

    const filtered = await search('childcare', 'en', {
      filters: { country: ['GB', 'PL'], type: ['practice'] },
    });
    assert.deepEqual(filtered.items.map((i) => i.id).sort(), ['en-childcare', 'pl-partnership']);
    assert.equal(filtered.total, 2);
    assert.deepEqual(filtered.facets.country, [
      { value: 'GB', count: 1 },
      { value: 'PL', count: 1 },
    ]);
    assert.deepEqual(filtered.facets.language, [
      { value: 'en', count: 1 },
      { value: 'pl', count: 1 },
    ]);
  });

  it('sorts by newest, with and without a query, and pages', async () => {
    const newest = await ids('', 'en', { sort: 'newest', limit: 3 });
    assert.deepEqual(newest, ['en-unsafe', 'ar-conference', 'ru-home-care']);
    const next = await ids('', 'en', { sort: 'newest', limit: 3, offset: 3 });
    assert.deepEqual(next, ['pl-partnership', 'es-care-blocks', 'sw-community']);
    assert.deepEqual(await ids('childcare', 'en', { sort: 'newest' }), [
      'en-unsafe',
      'pl-partnership',
      'es-care-blocks',
      'en-childcare',
    ]);
  });

  it('escapes snippets and titles and marks the matches', async () => {
    const result = await search('nursery places', 'en');
    const unsafe = result.items.find((i) => i.id === 'en-unsafe');
    assert.ok(unsafe);
    assert.equal(unsafe.title, TEST_CORPUS.find((d) => d.id === 'en-unsafe')?.title, 'title as stored');
    assert.doesNotMatch(unsafe.titleHtml, /<script>/);
    assert.match(
      unsafe.titleHtml,
      /^&lt;script&gt;alert\(1\)&lt;\/script&gt; <mark>Nurseries<\/mark> &amp; &quot;<mark>places<\/mark>&quot;/,
    );
    assert.equal(
      unsafe.snippet,
      'New <mark>nursery</mark> &lt;b&gt;<mark>places</mark>&lt;/b&gt; open for children in the spring.',
    );
  });

  it('never fails on operator characters, a 5,000-character query or an empty one', async () => {
    const operators = await search('"care* NEAR(x) -foo: (bar) ^baz AND OR NOT', 'en');
    assert.ok(operators.total >= 0);
    const hostile = await search(`"(" ')' ":*" '\\' & | ! <-> ${'care '.repeat(1000)}`, 'en');
    assert.ok(hostile.total > 0);
    const marks = await search('ًٌٍَُِّْ', 'ar');
    assert.equal(marks.query.isEmpty, true);
    assert.equal(marks.total, TEST_CORPUS.length, 'an empty query is the browse view');
  });

  it('bounds the work of a query that matches more than it ranks, and says so', async () => {
    const bounded = createSearchIndex(
      t.handle,
      createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) }),
      { rankCandidates: 3, facetCandidates: 3 },
    );
    const exact = await search('childcare', 'en', { limit: 2 });
    assert.equal(exact.total, 4);
    assert.equal(exact.facetsSampleSize, undefined, 'under the bound every match is counted');
    const result = await bounded.search({ query: 'childcare', locale: 'en', limit: 2, offset: 0 });
    assert.equal(result.total, 4, 'the total still counts every match');
    assert.equal(result.isTotalExact, true);
    assert.equal(result.facetsSampleSize, 3);
    assert.equal(
      result.facets.type?.reduce((sum, f) => sum + f.count, 0),
      3,
      'facets are counted over the candidates only',
    );
    assert.equal(result.items.length, 2);
    const matches = await ids('childcare', 'en');
    assert.ok(
      result.items.every((i) => matches.includes(i.id)),
      'the candidates are matches',
    );
    const filtered = await bounded.search({
      query: 'childcare',
      locale: 'en',
      limit: 2,
      offset: 0,
      filters: { country: ['GB'] },
    });
    assert.deepEqual(
      filtered.items.map((i) => i.id).sort(),
      ['en-childcare', 'en-unsafe'],
      'a filter is applied before the bound, not after',
    );
  });

  it('counts facets again when a document is indexed with other values', async () => {
    const before = await search('childcare', 'en', { filters: { country: ['GB'] } });
    const doc = TEST_CORPUS.find((d) => d.id === 'en-childcare');
    assert.ok(doc);
    const moved = {
      ...doc,
      facets: doc.facets.map((f) => (f.facet === 'country' ? { ...f, value: 'IE' } : f)),
    };
    await index.upsertDocument(moved);
    const after = await search('childcare', 'en', { filters: { country: ['GB'] } });
    assert.equal(after.total, before.total - 1, 'it left the GB filter');
    const all = await search('childcare', 'en');
    assert.deepEqual(
      all.facets.country?.find((f) => f.value === 'IE'),
      { value: 'IE', count: 1 },
      'and is counted under its new country',
    );
    await index.upsertDocument(doc);
  });

  it('rebuilds the index from its own tables when a format change asks for it', async () => {
    const before = await ids('childcare', 'en');
    if (testDialect === 'sqlite') {
      await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(t.handle.db);
      const left = await sql<{
        n: number;
      }>`select count(*) as n from search_fts where search_fts match 'childcar*'`.execute(t.handle.db);
      assert.equal(Number(left.rows[0]?.n), 0, 'the emptied engine holds no words');
    }
    await t.handle.db.insertInto('search_state').values({ key: 'rebuild', value: 'required' }).execute();
    const progress: number[] = [];
    assert.equal(await index.rebuildIfRequired((done) => progress.push(done)), TEST_CORPUS.length);
    assert.deepEqual(progress, [TEST_CORPUS.length], 'it reports its progress (one batch here)');
    assert.deepEqual(await ids('childcare', 'en'), before);
    assert.deepEqual((await search('', 'en', { types: ['practice'] })).total, 5, 'facets unchanged');
    assert.equal(await index.rebuildIfRequired(), 0, 'done once');
  });

  it('removes a document from results, counts and suggestions', async () => {
    await index.removeDocument('en-childcare');
    assert.ok(!(await ids('childcare', 'en')).includes('en-childcare'));
    const all = await search('', 'en');
    assert.equal(all.total, TEST_CORPUS.length - 1);
    assert.deepEqual(
      all.facets.type?.find((f) => f.value === 'practice'),
      { value: 'practice', count: 4 },
      'the whole-index facet totals follow',
    );
    assert.equal((await search('chldcare', 'en')).didYouMean, undefined);
    await index.removeDocument('does-not-exist');
  });
});
