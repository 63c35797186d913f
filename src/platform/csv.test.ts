import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsvTable, toCsvText } from './csv.ts';

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

  it('writes a positional table with every cell quoted, other list joins, and no BOM when asked', () => {
    assert.equal(
      toCsvTable(['=Name', 'List'], [['@me', ['a', 'b']]], {
        isEveryCellQuoted: true,
        hasByteOrderMark: false,
        listSeparator: '; ',
      }),
      `"'=Name","List"\r\n"'@me","a; b"\r\n`,
    );
    assert.equal(csvCell('a;b'), '"a;b"', 'a semicolon is quoted, for spreadsheets that split on it');
  });

  it('leaves a negative number as a number, and defuses text that only looks like one', () => {
    assert.equal(csvCell(-12.5), '-12.5');
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(toCsvTable(['change'], [[-3]], { hasByteOrderMark: false }), 'change\r\n-3\r\n');
  });
});
