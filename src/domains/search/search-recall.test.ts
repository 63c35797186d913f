import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { publishPractices } from '../../../test/support/practices.ts';
import { corpusQueries, corpusRecords } from '../../../test/support/search-corpus.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { searchHub } from './search.service.ts';

/** Recall@10 of the hub's search over the multilingual corpus, on this test run's database. */
describe(`search recall across languages (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await publishPractices(t.deps, corpusRecords);
  });
  after(async () => {
    await t.close();
  });

  it('finds at least 90 % of the expected records in the first ten results, in every language', async () => {
    const slugById = new Map<string, string>();
    const misses: string[] = [];
    const byLocale = new Map<string, { found: number; expected: number }>();
    let totalRecall = 0;
    for (const q of corpusQueries) {
      const result = await searchHub(
        t.deps,
        { q: q.query, filters: {}, sort: 'relevance', limit: 10, offset: 0 },
        q.locale,
      );
      const top = result.items.map((i) => i.slug);
      for (const item of result.items) slugById.set(item.id, item.slug);
      const found = q.expected.filter((slug) => top.includes(slug));
      totalRecall += found.length / q.expected.length;
      const tally = byLocale.get(q.locale) ?? { found: 0, expected: 0 };
      tally.found += found.length;
      tally.expected += q.expected.length;
      byLocale.set(q.locale, tally);
      for (const slug of q.expected)
        if (!top.includes(slug)) misses.push(`"${q.query}" (${q.locale}) missed ${slug}`);
    }
    const recall = totalRecall / corpusQueries.length;
    const perLocale = [...byLocale].map(([l, v]) => `${l} ${(v.found / v.expected).toFixed(2)}`).join(', ');
    console.log(
      `recall@10 on ${testDialect}: ${recall.toFixed(3)} over ${corpusQueries.length} queries (${perLocale})`,
    );
    if (misses.length > 0) console.log(`  misses:\n  ${misses.join('\n  ')}`);
    assert.ok(recall >= 0.9, `recall@10 ${recall.toFixed(3)} is below 0.9`);
  });

  it('finds the Polish partnership from a Spanish query, and the English long-term-care programme from an Arabic one', async () => {
    const spanish = await searchHub(
      t.deps,
      {
        q: 'conciliación entre trabajo y cuidado de familiares dependientes',
        filters: {},
        sort: 'relevance',
        limit: 10,
        offset: 0,
      },
      'es',
    );
    const polish = spanish.items.find((i) => i.slug === 'pl-partnership');
    assert.ok(polish, 'the Polish partnership is among the results');
    assert.equal(polish.isOtherLanguage, true, 'and marked as a result in another language');
    const arabic = await searchHub(
      t.deps,
      { q: 'رعاية المسنين', filters: {}, sort: 'relevance', limit: 10, offset: 0 },
      'ar',
    );
    assert.ok(arabic.items.some((i) => i.slug === 'en-ltc'));
  });
});
