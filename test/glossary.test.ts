import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogs } from '../src/i18n/catalog.ts';
import { localeTags } from '../src/i18n/locales.ts';

/**
 * Issue 16, "one word for one idea in each language": docs/glossary.md is what translators and
 * reviewers read. It stays true only if each of its words is the word the hub shows, so a message
 * changed without the glossary (or the other way round) fails here.
 */
const glossary = readFileSync(join(import.meta.dirname, '../docs/glossary.md'), 'utf8');

function tableRows(): { header: string[]; rows: string[][] } {
  const lines = glossary.split('\n').filter((line) => line.startsWith('|'));
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  const [header = [], , ...rows] = lines.map(cells);
  return { header, rows };
}

describe('the glossary says what the hub says', () => {
  it('has a column for every language of the hub', () => {
    const { header } = tableRows();
    assert.deepEqual(header.slice(1), [...localeTags]);
  });

  it('gives, for each idea, the very word each language’s messages use', () => {
    const { header, rows } = tableRows();
    assert.ok(rows.length >= 8, 'the glossary has its entries');
    const problems: string[] = [];
    for (const row of rows) {
      const key = (row[0] ?? '').replace(/`/g, '');
      for (const [index, locale] of header.entries()) {
        if (index === 0) continue;
        const shown = catalogs()
          .get(locale as (typeof localeTags)[number])
          ?.get(key);
        if (shown !== row[index])
          problems.push(`${locale} ${key}: glossary "${row[index]}", messages "${shown}"`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
