import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  haystackLines,
  relevancePractices,
  relevanceQueries,
} from '../../../test/search-relevance/relevance-set.ts';
import { manualClock } from '../../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { importPracticeFile } from './practice-file-import.ts';

/**
 * The bulk import with worker threads (ADR 0104) writes what one thread writes: the same practices,
 * revisions, index entries and audit entries, found by the same searches with the same scores; and a bad
 * line is reported by its number, nothing loaded.
 */
describe('practices import from a file, with worker threads and without', () => {
  const start = new Date('2026-12-01T10:00:00Z');
  let single: TTestApp;
  let pooled: TTestApp;
  let dir: string;
  let file: string;

  before(async () => {
    single = await createTestApp({ clock: manualClock(start) });
    pooled = await createTestApp({ clock: manualClock(start) });
    dir = mkdtempSync(join(tmpdir(), 'carehub-import-'));
    file = join(dir, 'practices.jsonl');
    // Real programmes (Markdown, translations, cities) and generated ones after them; CRLF line ends too.
    const lines = [...relevancePractices.map((p) => JSON.stringify(p)), ...haystackLines(160)];
    writeFileSync(file, `${lines.slice(0, 100).join('\n')}\r\n${lines.slice(100).join('\r\n')}\n`);
  });

  after(async () => {
    await single?.close();
    await pooled?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the same rows, index entries, audit entries and search answers as one thread', async () => {
    const one = await importPracticeFile(single.deps, file, { workers: 0, chunkSize: 50 });
    const two = await importPracticeFile(pooled.deps, file, { workers: 2, chunkSize: 50 });
    assert.deepEqual(one, { problems: [], good: 208, isLoaded: true, created: 208, updated: 0 });
    assert.deepEqual(two, one);

    for (const [table, columns, order] of [
      [
        'practices',
        ['slug', 'title', 'summary', 'body', 'language', 'countries', 'status', 'version'],
        'slug',
      ],
      ['search_documents', ['slug', 'title', 'summary', 'body', 'concepts', 'concept_count'], 'slug'],
      ['search_facet_totals', ['facet', 'value', 'count'], 'facet'],
    ] as const) {
      const read = (t: TTestApp) =>
        t.deps.db
          .selectFrom(table)
          .select(columns as never)
          .orderBy(order as never)
          .orderBy(columns[1] as never)
          .execute();
      const rows = await read(single);
      assert.ok(rows.length > 0, table);
      assert.deepEqual(await read(pooled), rows, table);
    }
    // What the workers prepare from the content (columns, snapshot, facets) is what one thread writes.
    const oneThread = await prepared(single);
    assert.equal(oneThread.revisions.length, 208);
    assert.ok(oneThread.facets.length > 208 * 3);
    assert.deepEqual(await prepared(pooled), oneThread);

    // Concept ids are the analysis's: the same concepts (and places) found in every document.
    const conceptsBySlug = async (t: TTestApp) =>
      (
        await t.deps.db
          .selectFrom('search_documents')
          .select(['slug', 'concept_ids'])
          .orderBy('slug')
          .execute()
      ).map((r) => [r.slug, r.concept_ids]);
    assert.deepEqual(await conceptsBySlug(pooled), await conceptsBySlug(single));

    const audited = async (t: TTestApp) =>
      (
        await t.deps.db
          .selectFrom('audit_log')
          .select(['action', 'details'])
          .where('action', '=', 'practices.imported')
          .execute()
      )
        .map((r) => `${r.action} ${r.details}`)
        .sort();
    const entries = await audited(single);
    assert.equal(entries.length, 208);
    assert.deepEqual(await audited(pooled), entries);

    for (const { q, locale } of relevanceQueries.slice(0, 25)) {
      const answer = async (t: TTestApp) => {
        const found = await t.deps.search.search({ query: q, locale, limit: 10 });
        return { total: found.total, hits: found.items.map((h) => `${h.slug} ${h.score}`) };
      };
      const expected = await answer(single);
      assert.ok(expected.total > 0, q);
      assert.deepEqual(await answer(pooled), expected, q);
    }
  });

  it('loads the file again as updates, the workers sending only what the content decides', async () => {
    const again = await importPracticeFile(pooled.deps, file, { workers: 2, chunkSize: 50 });
    assert.deepEqual(again, { problems: [], good: 208, isLoaded: true, created: 0, updated: 208 });
    await importPracticeFile(single.deps, file, { workers: 0, chunkSize: 50 });
    const oneThread = await prepared(single);
    const second = oneThread.revisions.filter((r) => r.version === 2);
    assert.equal(second.length, 208);
    const first = new Map(
      oneThread.revisions.filter((r) => r.version === 1).map((r) => [r.slug, r.snapshot]),
    );
    assert.ok(second.every((r) => r.snapshot === first.get(r.slug)));
    assert.deepEqual(await prepared(pooled), oneThread);
  });

  it('reports a bad line in the middle by its number and loads nothing', async () => {
    const bad = join(dir, 'bad.jsonl');
    const lines = haystackLines(600, 5).map((l) => l.replace('"slug":"', '"slug":"bad-'));
    lines[149] = '{"slug": "half a line"';
    lines[210] = JSON.stringify({ ...JSON.parse(lines[3] ?? '{}') });
    // In the file's second batch of 1 MB (the file is ~1.6 MB): with one worker, the batch this thread
    // checks itself while the worker checks the first.
    lines[519] = '["not", "a", "practice"]';
    writeFileSync(bad, `${lines.join('\n')}\n`);
    for (const workers of [0, 1, 2]) {
      const result = await importPracticeFile(pooled.deps, bad, { workers });
      assert.deepEqual(
        result.problems.map((p) => [p.line, p.messageKey, p.detail?.startsWith('line') ? p.detail : '']),
        [
          [150, 'import.notJson', ''],
          [211, 'import.duplicateSlug', 'line 4'],
          [520, 'import.notObject', ''],
        ],
        `${workers} workers`,
      );
      assert.equal(result.isLoaded, false);
      assert.equal(result.good, 597);
      const loaded = await pooled.deps.db
        .selectFrom('practices')
        .select('slug')
        .where('slug', 'like', 'bad-%')
        .execute();
      assert.deepEqual(loaded, []);
    }
  });
});

/** A hub's practices, revisions and facet rows without the ids each hub made: what two imports must share. */
async function prepared(t: TTestApp) {
  const db = t.deps.db;
  const withoutIds = (rows: Array<Record<string, unknown>>) =>
    rows.map(({ id: _id, practice_id: _practice, ...rest }) => rest);
  const ofEachPractice = async (table: 'practice_revisions' | 'practice_facets', order: string[]) =>
    withoutIds(
      await db
        .selectFrom(table)
        .innerJoin('practices', 'practices.id', `${table}.practice_id` as never)
        .select('practices.slug')
        .selectAll(table)
        .orderBy(['practices.slug', ...order] as never)
        .execute(),
    );
  return {
    practices: withoutIds(await db.selectFrom('practices').selectAll().orderBy('slug').execute()),
    revisions: await ofEachPractice('practice_revisions', ['version']),
    facets: await ofEachPractice('practice_facets', ['facet', 'value']),
  };
}
