import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripQuotedText } from './reply-text.ts';

/** What is kept of a mail reply: the member's words, not the quoted notification or their signature. */
describe('quoted text in mail replies', () => {
  const quoted = '> The first post of the thread.\n> Reply to this mail to answer.';
  const cases: [string, string][] = [
    ['en', 'On Fri, 3 Jul 2026 at 10:00, Carehub <hub@care.test> wrote:'],
    ['es', 'El vie, 3 jul 2026 a las 10:00, Carehub <hub@care.test> escribió:'],
    ['fr', 'Le ven. 3 juil. 2026 à 10:00, Carehub <hub@care.test> a écrit :'],
    ['ru', 'пт, 3 июл. 2026 г. в 10:00, Carehub <hub@care.test>:'],
    ['ru', '03.07.2026 10:00, Carehub пишет:'],
    ['pl', 'W dniu 3.07.2026 o 10:00 Carehub <hub@care.test> napisał(a):'],
    ['ar', 'في الجمعة، 3 يوليو 2026، كتب Carehub <hub@care.test>:'],
  ];
  for (const [language, attribution] of cases) {
    it(`cuts at the "wrote:" line in ${language}`, () => {
      assert.equal(
        stripQuotedText(`My answer.\n\nSecond paragraph.\n\n${attribution}\n${quoted}`),
        'My answer.\n\nSecond paragraph.',
      );
    });
  }

  /** Each mail as it arrives, and what is kept of it. */
  const keeps = (mails: [string, string][]) => {
    for (const [mail, kept] of mails) assert.equal(stripQuotedText(mail), kept);
  };

  it('cuts a wrapped attribution, an Outlook header block and separator, and a signature', () => {
    keeps([
      ['Yes.\nOn Fri, 3 Jul 2026 at 10:00, Carehub\n<hub@care.test> wrote:\n> x', 'Yes.'],
      ['Sí.\r\n\r\nDe: Carehub\r\nEnviado: viernes\r\nPara: Ana\r\n\r\nold', 'Sí.'],
      ['Oui.\n-----Original Message-----\nFrom: x', 'Oui.'],
      ['Tak.\n________________________________\nOd: x', 'Tak.'],
      ['Da.\n-- \nAna\n+1 555', 'Da.'],
    ]);
  });

  it("drops quoted lines between the answer's paragraphs and keeps the rest of the text as written", () => {
    keeps([
      ['> a question\nAn answer.\n> another\nAnother answer.', 'An answer.\nAnother answer.'],
      ['From my side: all good.\nDate: next week', 'From my side: all good.\nDate: next week'],
      ['> only quotes\n> here', ''],
    ]);
  });
});
