import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forEachWordRun } from './word-runs.ts';

/**
 * The loop must find exactly the runs of the regular expression the tokeniser used before it (and
 * flag the same runs for the dictionary), or an index built before and one built after would differ.
 */
const WORD_RUN = /[\p{L}\p{N}\p{M}\u200C\u200D]+(?:[.'\u2019\u00B7:][\p{L}\p{N}\p{M}\u200C\u200D]+)*/gu;
const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const byExpression = (text: string): string[] =>
  [...text.matchAll(WORD_RUN)].map((m) => `${m.index}:${m[0]}:${NEEDS_DICTIONARY.test(m[0])}`);

function byLoop(text: string): string[] {
  const runs: string[] = [];
  forEachWordRun(text, (start, end, needsDictionary) =>
    runs.push(`${start}:${text.slice(start, end)}:${needsDictionary}`),
  );
  return runs;
}

describe('word runs', () => {
  it('finds the runs of words as the regular expression does, in texts of every script', () => {
    for (const text of [
      "L'enfance, d'enfants et l·l: 5.4 % — children's care.",
      'Żłobki w Krakowie (2024): opieka nad dziećmi…',
      'Уход за пожилыми в Японии. Ёлка!',
      'الرعاية بفرنسا، والرعاية المنزلية: دعم الأسر.',
      '東京の保育園と介護施設、タイ語ภาษาไทย、ລາວ។',
      'क्षेत्र में देखभाल; 𝐀𝐁 😀 a\u200Db\u200C.c',
      '..a..b::c:  :d. e\u2019f \u00B7g\u00B7',
      '',
    ])
      assert.deepEqual(byLoop(text), byExpression(text), text);
  });

  it('finds the same runs in random strings of letters, marks, joiners and surrogates', () => {
    const pieces = ['a', 'Z', '7', ' ', '.', "'", '\u2019', '\u00B7', ':', '-', 'é', '\u0301', 'ж', 'ب'];
    pieces.push('\u064B', '中', 'ひ', 'ก', '\u200C', '\u200D', '\uD835\uDC00', '\uD83D\uDE00', '\uD800');
    pieces.push('\uDC00', '\n', '۳', '\u0640', 'ー', '々', '\uD840\uDC00', '\t');
    let state = 7;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let n = 0; n < 20_000; n += 1) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      assert.deepEqual(byLoop(text), byExpression(text), JSON.stringify(text));
    }
  });
});
