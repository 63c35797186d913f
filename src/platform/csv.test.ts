import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsvText } from './csv.ts';

describe('CSV for exports', () => {
  it('quotes what needs quoting, joins lists, and defuses spreadsheet formulas', () => {
    const text = toCsvText(['a', 'b', 'c'] as const, [
      { a: 'plain', b: ['PL', 'ES'], c: null },
      { a: 'say "hi", twice', b: '=HYPERLINK("x")', c: 'line\nbreak' },
    ]);
    assert.equal(
      text,
      '\uFEFFa,b,c\r\nplain,PL|ES,\r\n"say ""hi"", twice","\'=HYPERLINK(""x"")","line\nbreak"\r\n',
    );
  });
});
