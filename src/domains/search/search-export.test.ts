import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codebookColumns, toCsv } from './search-export.ts';

describe('search export as CSV', () => {
  it('writes the codebook columns and defuses a cell that starts with =', () => {
    const hit = {
      id: '1',
      type: 'news',
      slug: 'formula',
      title: '=HYPERLINK("https://example.org")',
      titleHtml: '',
      language: 'en',
      publishedAt: '2026-01-01T00:00:00.000Z',
      snippet: '',
      score: 1,
      isOtherLanguage: false,
      matched: [],
    };
    const [header, row] = toCsv([hit], 'https://hub.example/en')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    assert.equal(header, codebookColumns.join(','));
    assert.ok(row?.includes(`,"'=HYPERLINK(""https://example.org"")",en,`), row);
  });
});
