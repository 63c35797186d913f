import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createAnalyser } from './analyser.ts';
import { createConceptLexicon } from './concept-lexicon.ts';
import { buildSnippet } from './snippet.ts';

const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('snippets of long bodies', () => {
  it('finds a match far into the body, with the words before it and ellipses on both sides', () => {
    const body = `${filler(300)} the municipal nurseries opened in spring ${filler(300)}`;
    const query = analyser.analyseQuery('nurseries', { locale: 'en' });
    const snippet = buildSnippet(analyser, { summary: 'About the city.', body, language: 'en' }, query);
    assert.match(snippet, /^… .*word29\d the municipal <mark>nurseries<\/mark> opened/);
    assert.match(snippet, / …$/);
  });

  it('marks a match that straddles the place where one piece of the body ends', () => {
    for (let n = 100; n < 200; n += 7) {
      const body = `${filler(n)} nurseries ${filler(200)}`;
      const query = analyser.analyseQuery('nurseries', { locale: 'en' });
      const snippet = buildSnippet(analyser, { summary: '', body, language: 'en' }, query);
      assert.match(snippet, /<mark>nurseries<\/mark>/, `after ${n} words`);
    }
  });

  it('starts at the beginning when the first match is near it', () => {
    const query = analyser.analyseQuery('nurseries', { locale: 'en' });
    const snippet = buildSnippet(
      analyser,
      { summary: '', body: `New nurseries. ${filler(400)}`, language: 'en' },
      query,
    );
    assert.match(snippet, /^New <mark>nurseries<\/mark>\. word0/);
  });
});
