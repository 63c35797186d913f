import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_CORPUS, TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createAnalyser } from './analyser.ts';
import { AtomPostings, filterSetOf, holdsAnyToken, type TAtom } from './atom-postings.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { everyWord } from './relevance.ts';
import { createSearchIndex, type TSearchIndex } from './search-index.ts';
import type { TSearchDocument } from './search-types.ts';

/** A reader over a fixed table of token → seqs that counts what it was asked. */
function fakeReader(table: Record<string, number[]>) {
  const asked: string[] = [];
  const read = async (atoms: readonly TAtom[]) =>
    atoms.map((atom) => {
      asked.push(`${atom.isPrefix ? 'p' : 't'}:${atom.token}`);
      const seqs = atom.isPrefix
        ? Object.entries(table)
            .filter(([token]) => token.startsWith(atom.token))
            .flatMap(([, list]) => list)
        : (table[atom.token] ?? []);
      return Int32Array.from(new Set(seqs)).sort();
    });
  return { asked, read, table };
}

const care: TAtom = { token: 'care', isPrefix: false };
const carPrefix: TAtom = { token: 'car', isPrefix: true };
const leave: TAtom = { token: 'leave', isPrefix: false };

describe('word postings kept in memory', () => {
  it('reads a token once, then answers from memory', async () => {
    const reader = fakeReader({ care: [1, 2, 3], leave: [2] });
    const postings = new AtomPostings(reader.read);
    assert.deepEqual([...((await postings.get([care, leave]))[0] ?? [])], [1, 2, 3]);
    assert.deepEqual([...((await postings.get([care]))[0] ?? [])], [1, 2, 3]);
    assert.deepEqual(reader.asked, ['t:care', 't:leave']);
  });

  it('a new document drops the lists of its own tokens and of the prefixes they start with, no others', async () => {
    const reader = fakeReader({ care: [1], carer: [2], leave: [3] });
    const postings = new AtomPostings(reader.read);
    await postings.get([care, carPrefix, leave]);
    reader.table.care = [1, 4];
    postings.inserted(['care', 'x']);
    const [careNow, prefixNow, leaveNow] = await postings.get([care, carPrefix, leave]);
    assert.deepEqual([...(careNow ?? [])], [1, 4]);
    assert.deepEqual([...(prefixNow ?? [])], [1, 2, 4]);
    assert.deepEqual([...(leaveNow ?? [])], [3]);
    assert.deepEqual(reader.asked, ['t:care', 'p:car', 't:leave', 't:care', 'p:car']);
  });

  it('answers facet filters as the engine would: every group, any of its tokens, and reads each token once', async () => {
    const reader = fakeReader({ country·pl: [1, 2, 5, 9], country·fr: [3, 5, 7], kind·law: [2, 3, 5, 8] });
    const postings = new AtomPostings(reader.read);
    const groups = [['country·pl', 'country·fr'], ['kind·law']];
    assert.deepEqual(
      [...(await filterSetOf(postings, groups))].sort((a, b) => a - b),
      [2, 3, 5],
    );
    assert.deepEqual([...(await filterSetOf(postings, [['country·fr']]))], [3, 5, 7]);
    assert.deepEqual([...(await filterSetOf(postings, [['kind·law'], ['country·xx']]))], []);
    assert.equal(await holdsAnyToken(postings, ['nothing', 'kind·law']), true);
    assert.equal(await holdsAnyToken(postings, ['nothing']), false);
    assert.deepEqual(
      reader.asked.filter((a) => a !== 't:country·xx' && a !== 't:nothing'),
      ['t:country·pl', 't:country·fr', 't:kind·law'],
    );
  });

  it('a rewrite or removal drops every list', async () => {
    const reader = fakeReader({ care: [1, 2] });
    const postings = new AtomPostings(reader.read);
    await postings.get([care]);
    reader.table.care = [1];
    postings.changed();
    assert.deepEqual([...((await postings.get([care]))[0] ?? [])], [1]);
  });

  it('keeps no list read while this process wrote', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reads = 0;
    const postings = new AtomPostings(async (atoms) => {
      reads += 1;
      await gate;
      return atoms.map(() => Int32Array.from([1]));
    });
    const pending = postings.get([care]);
    postings.inserted(['care']);
    release();
    await pending;
    await postings.get([care]);
    assert.equal(reads, 2, 'the list read during the write was read again');
  });

  it('reads again soon a list read just after a write (its transaction may still be open), later one only after a minute', async () => {
    let now = 1_000_000;
    const reader = fakeReader({ care: [1] });
    const postings = new AtomPostings(reader.read, { now: () => now });
    postings.inserted(['other']);
    now += 1_000;
    await postings.get([care]);
    now += 5_000;
    await postings.get([care]);
    assert.equal(reader.asked.length, 2, 'read within the settling time: kept for five seconds only');
    now += 59_000;
    await postings.get([care]);
    assert.equal(reader.asked.length, 2);
    now += 2_000;
    await postings.get([care]);
    assert.equal(reader.asked.length, 3, 'read again after a minute');
  });

  it('holds no more seqs than its budget, the least recently used going first', async () => {
    const reader = fakeReader({ care: [1, 2, 3], leave: [4, 5, 6], other: [7, 8] });
    const postings = new AtomPostings(reader.read, { budget: 6 });
    await postings.get([care]);
    await postings.get([leave]);
    await postings.get([care]);
    await postings.get([{ token: 'other', isPrefix: false }]);
    assert.ok(postings.size <= 6);
    reader.asked.length = 0;
    await postings.get([care]);
    await postings.get([leave]);
    assert.deepEqual(reader.asked, ['t:leave'], 'the list used least recently was dropped');
  });

  it('every word through any of its forms, within the filters', () => {
    const marks = new Uint16Array(20);
    const words = [
      [Int32Array.from([1, 2, 3, 9]), Int32Array.from([3, 4])],
      [Int32Array.from([2, 4, 9])],
      [Int32Array.from([9, 2]), Int32Array.from([4])],
    ];
    assert.deepEqual(
      Array.from(everyWord(words, marks)).sort((a, b) => a - b),
      [2, 4, 9],
    );
    assert.ok(
      marks.every((m) => m === 0),
      'the marks are left zeroed',
    );
    const allowed = new Uint8Array(20);
    allowed[4] = 1;
    allowed[9] = 1;
    assert.deepEqual(
      Array.from(everyWord(words, marks, allowed)).sort((a, b) => a - b),
      [4, 9],
    );
    assert.deepEqual(
      Array.from(everyWord([[Int32Array.from([1])], []], marks)),
      [],
      'a word no document holds',
    );
  });
});

describe(`word postings stay exact as documents change, on ${testDialect}`, () => {
  let t: TTestDatabase;
  let index: TSearchIndex;
  let other: TSearchIndex;
  const found = async (target: TSearchIndex, query: string) =>
    (
      await target.search({ query, locale: 'en', filters: {}, sort: 'relevance', limit: 50, offset: 0 })
    ).items.map((i) => i.id);
  const extra = (id: string, body: string): TSearchDocument => ({
    id,
    type: 'practice',
    slug: id,
    language: 'en',
    title: `Programme ${id}`,
    summary: 'A programme.',
    body,
    publishedAt: '2025-01-01T00:00:00.000Z',
    facets: [{ facet: 'type', value: 'practice' }],
  });

  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
    index = createSearchIndex(t.handle, analyser);
    for (const doc of TEST_CORPUS) await index.upsertDocument(doc);
    // A second index on the same database stands for another process or node.
    other = createSearchIndex(t.handle, analyser);
  });
  after(async () => {
    await t.drop();
  });

  it('finds a document added after the word was searched, loses one rewritten without it, and a removed one', async () => {
    assert.ok(!(await found(index, 'zeppelins')).includes('added'));
    await index.upsertDocument(extra('added', 'Volunteers fly zeppelins over the valley.'));
    assert.ok((await found(index, 'zeppelins')).includes('added'));
    assert.ok((await found(index, 'zeppel')).includes('added'), 'the last word as a prefix');
    await index.upsertDocument(extra('added', 'Volunteers walk through the valley.'));
    assert.ok(!(await found(index, 'zeppelins')).includes('added'));
    assert.ok((await found(index, 'valley')).includes('added'));
    await index.removeDocument('added');
    assert.ok(!(await found(index, 'valley')).includes('added'));
  });

  it('a facet filter (read from the kept postings) follows a new document, a rewritten one and a removed one', async () => {
    const filtered = async (country: string) =>
      (
        await index.search({ query: 'orchards', locale: 'en', filters: { country: [country] }, limit: 50 })
      ).items.map((i) => i.id);
    const located = (id: string, country: string): TSearchDocument => ({
      ...extra(id, 'Carers tend orchards together.'),
      facets: [
        { facet: 'type', value: 'practice' },
        { facet: 'country', value: country },
      ],
    });
    assert.deepEqual(await filtered('PL'), []);
    await index.upsertDocument(located('orchard', 'PL'));
    assert.deepEqual(await filtered('PL'), ['orchard']);
    await index.upsertDocument(located('orchard', 'FR'));
    assert.deepEqual(await filtered('PL'), []);
    assert.deepEqual(await filtered('FR'), ['orchard']);
    await index.removeDocument('orchard');
    assert.deepEqual(await filtered('FR'), []);
  });

  it("finds a document another process added, once that process's new documents are read", async () => {
    assert.deepEqual(await found(index, 'hovercraft'), []);
    await other.upsertDocument(extra('elsewhere', 'Carers travel by hovercraft.'));
    // The statistics look for other processes' new documents every two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    assert.deepEqual(await found(index, 'hovercraft'), ['elsewhere']);
  });
});
