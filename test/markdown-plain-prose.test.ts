import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePractices } from '../bench/practices-generator.ts';
import { demoPractices } from '../src/demo/demo-practices.ts';
import { isPlainProse, markdownToText, renderedText } from '../src/platform/markdown.ts';
import { plainProseText } from '../src/platform/plain-prose.ts';
import { relevancePractices } from './search-relevance/relevance-set.ts';

/**
 * markdownToText skips rendering for sources that read as plain paragraphs (the bulk import's
 * bodies): the text must be exactly what rendering and stripping gives, for every source.
 */
function bodiesOf(records: ReadonlyArray<{ body: string; translations?: unknown }>): string[] {
  return records.flatMap((r) => [
    r.body,
    ...Object.values((r.translations ?? {}) as Record<string, { body?: string }>).map((t) => t.body ?? ''),
  ]);
}

/** What the one-pass `plainProseText` must give: the regular expressions' test and collapsed text. */
const collapsedIfPlain = (source: string): string | undefined =>
  isPlainProse(source) ? source.replace(/\s+/g, ' ').trim() : undefined;

describe('markdownToText without rendering', () => {
  it('gives the rendered text for the demo, the relevance set and generated practices', () => {
    const generated = [...generatePractices(60, { seed: 3 })].map((p) => p.body);
    const sources = [...bodiesOf(demoPractices), ...bodiesOf(relevancePractices), ...generated];
    assert.ok(sources.length > 100);
    for (const source of sources) {
      assert.equal(markdownToText(source), renderedText(source), source);
      assert.equal(plainProseText(source), collapsedIfPlain(source), source);
    }
    assert.ok(generated.every(isPlainProse), 'generated bodies take the fast path');
  });

  it('gives the rendered text for random sources of prose and markup characters', () => {
    const pieces = [
      'care',
      'Kraków',
      'опека',
      'رعاية',
      'żłobek',
      '2024',
      '1995.',
      'a.b',
      'x',
      ' ',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\u00a0',
      ',',
      ';',
      ':',
      '.',
      '?',
      '(',
      ')',
      '"',
      "'",
      '/',
      '-',
      '+',
      '=',
      '%',
      '@',
      '$',
      '^',
      'www.example.org',
      'https://example.org/a',
      'a@b.org',
      '1.',
      '2)',
      '---',
      '===',
      '    code',
      '*',
      '_',
      '`',
      '#',
      '>',
      '<b>',
      '&amp;',
      '&',
      '[x](y)',
      '![i](j)',
      '|',
      '~',
      '\\',
      '  \n',
      '- ',
      '+ ',
      '1. ',
      '\u0000',
      '\u2028',
    ];
    let state = 12_345;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    let plain = 0;
    for (let n = 0; n < 3_000; n += 1) {
      const length = 1 + Math.floor(random() * 25);
      const source = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join(
        random() < 0.5 ? ' ' : '',
      );
      if (isPlainProse(source)) plain += 1;
      assert.equal(markdownToText(source), renderedText(source), JSON.stringify(source));
      assert.equal(plainProseText(source), collapsedIfPlain(source), JSON.stringify(source));
    }
    assert.ok(plain > 100, `only ${plain} plain sources: the fast path was barely tried`);
  });

  it('renders sources with markup', () => {
    for (const source of [
      '**bold** text',
      '- one\n- two',
      'a  \nb',
      '# Title',
      'a <b>b</b>',
      '1. first',
      'x\n===',
    ]) {
      assert.equal(isPlainProse(source), false, source);
    }
    assert.equal(markdownToText('a  \nb'), 'ab');
  });
});
