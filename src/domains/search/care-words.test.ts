import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordForms } from '../../platform/search/words.ts';
import { hubAnalyser } from './hub-search.ts';

describe('the words people type for care name its concepts', () => {
  it('reads the everyday names of kinds of care in each language', () => {
    // Concept → language → what people type (issue 12: "opieka nad dziećmi" named nothing).
    const typed: Record<string, Record<string, string[]>> = {
      'theme:early_childhood_care': {
        pl: ['opieka nad dziećmi', 'dopłaty do opieki nad dziećmi', 'opiekę nad dziećmi'],
        en: ['after-school care'],
      },
      'theme:long_term_care': {
        en: ['home care for older people', 'home care'],
        es: ['atención domiciliaria'],
        fr: ['accueil de jour'],
        ru: ['помощь на дому'],
        // "opiece", the locative of "opieka", was a stem of its own (issue 12).
        pl: ['dom dziennego pobytu', 'opiece długoterminowej', 'w opiece nad seniorami'],
      },
      'theme:unpaid_carer_support': { ru: ['передышка для семей'] },
    };
    for (const [concept, byLanguage] of Object.entries(typed))
      for (const [locale, queries] of Object.entries(byLanguage))
        for (const q of queries)
          assert.ok(
            hubAnalyser().analyseQuery(q, { locale }).concepts.includes(concept),
            `${q} → ${concept}`,
          );
  });

  it('stems the Polish instrumental plural of a soft stem as its other cases', () => {
    const otherCase = { dziećmi: 'dzieci', ludźmi: 'ludzi', gośćmi: 'gości' };
    for (const [instrumental, other] of Object.entries(otherCase))
      assert.ok(
        wordForms(instrumental, 'pl')?.forms.includes(wordForms(other, 'pl')?.forms[0] ?? '?'),
        instrumental,
      );
  });
});
