import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyser } from './analyser.ts';
import { headToken } from './index-rows.ts';
import { queryFeatures, wholeTokenAtoms } from './query-model.ts';

const analyser = createAnalyser();

describe('query model: what a search reads ahead', () => {
  it('reads every form of every word, anywhere and in the head, but no prefix', () => {
    const query = analyser.analyseQuery('childcare subsid', { locale: 'en' });
    const last = query.words.at(-1);
    assert.ok(last?.prefix, 'the last word of a short query is also a prefix');
    const ahead = wholeTokenAtoms(query);
    assert.ok(ahead.every((atom) => !atom.isPrefix));
    const tokens = new Set(ahead.map((atom) => atom.token));
    for (const word of query.words)
      for (const form of word.alternatives) {
        assert.ok(tokens.has(form), form);
        assert.ok(tokens.has(headToken(form)), headToken(form));
      }
    // Exactly the ranking's atoms less its prefixes: nothing read that the search would not read anyway.
    const ranked = queryFeatures(query).flatMap((f) => f.atoms?.flat() ?? []);
    assert.deepEqual(
      ahead,
      ranked.filter((atom) => !atom.isPrefix),
    );
    assert.ok(ranked.some((atom) => atom.isPrefix && atom.token === last.prefix));
  });
});
