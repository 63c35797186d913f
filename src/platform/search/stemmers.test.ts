import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordForms } from './words.ts';

/** The index form a Polish word is searched by (stemmed, accents folded), as documents and queries get it. */
const indexForm = (word: string) => wordForms(word, 'pl')?.forms[0];

/**
 * Polish case endings (issue 12): the forms of one word people write in records and queries meet, and
 * words that only look alike stay apart. Each row is one word's cases.
 */
describe('Polish words meet in all their cases', () => {
  it('gives every case of a common care word the same index form', () => {
    const cases: string[][] = [
      ['opieka', 'opieki', 'opiece', 'opiekę', 'opieką', 'opiekom'],
      ['osoba', 'osoby', 'osobie', 'osobę', 'osobą', 'osób', 'osobom', 'osobami', 'osobach'],
      ['dzieci', 'dzieciom', 'dziećmi', 'dzieciach'],
      ['rodzina', 'rodziny', 'rodzinie', 'rodzinę', 'rodziną', 'rodzin', 'rodzinom', 'rodzinami'],
      ['wsparcie', 'wsparcia', 'wsparciu', 'wsparciem'],
      ['życie', 'życia', 'życiu'],
      ['kobieta', 'kobiety', 'kobiecie', 'kobietę', 'kobiet'],
      ['choroba', 'choroby', 'chorobie'],
      ['potrzeba', 'potrzeby', 'potrzebie'],
      ['usługa', 'usługi', 'usłudze', 'usług'],
      ['droga', 'drogi', 'drodze'],
      ['matka', 'matki', 'matce', 'matkę'],
      ['pielęgniarka', 'pielęgniarki', 'pielęgniarce'],
      ['opiekunka', 'opiekunki', 'opiekunce'],
      ['polityka', 'polityki', 'polityce'],
      ['senior', 'seniora', 'seniorzy', 'seniorów', 'seniorom'],
      ['dyrektor', 'dyrektorzy', 'dyrektorów'],
      ['budżet', 'budżetu', 'budżecie'],
    ];
    for (const forms of cases) {
      const expected = indexForm(forms[0] ?? '');
      for (const form of forms) assert.equal(indexForm(form), expected, `${form} with ${forms[0]}`);
    }
  });

  it('leaves apart what only ends alike, and words whose c, dz or -by are their own', () => {
    assert.notEqual(indexForm('osoby'), 'os', '"osoby" is not "os"');
    const same: Array<[string, string]> = [
      ['prace', 'praca'],
      ['ulice', 'ulica'],
      ['rodzice', 'rodziców'],
      ['miejsce', 'miejscu'],
      ['władze', 'władza'],
      ['tworzy', 'tworzą'],
      ['mogliby', 'mogli'],
      ['zrobiłby', 'zrobił'],
    ];
    for (const [a, b] of same) assert.equal(indexForm(a), indexForm(b), `${a} with ${b}`);
    const apart: Array<[string, string]> = [
      ['miejsce', 'miejski'],
      ['osoby', 'osa'],
      ['zasoby', 'zasada'],
    ];
    for (const [a, b] of apart) assert.notEqual(indexForm(a), indexForm(b), `${a} apart from ${b}`);
  });
});
