import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testViewContext } from '../../../test/support/view-context.ts';
import { countryCodes } from '../../taxonomy/countries.ts';
import { ChoiceList } from './choice-list.tsx';
import { conceptChoices, countryChoiceGroups } from './choice-options.ts';
import type { TFormState } from './form-field.tsx';

const contextIn = testViewContext;
const state: TFormState = {
  values: { countries: ['JO', 'CO'] },
  errors: { countries: 'validation.required' },
};

describe('searchable check-box lists (countries, themes, populations)', () => {
  it('puts every country once under its continent, named in the reader’s language', () => {
    for (const locale of ['en', 'ar'] as const) {
      const groups = countryChoiceGroups(locale);
      const codes = groups.flatMap((g) => g.options.map((o) => o.value));
      assert.equal(codes.length, new Set(codes).size, 'no country twice');
      assert.deepEqual([...codes].sort(), [...countryCodes].sort(), 'every country');
      assert.ok(groups.length >= 5);
    }
    const [africa] = countryChoiceGroups('ar');
    assert.equal(africa?.label, 'أفريقيا');
    const jordan = countryChoiceGroups('ar')
      .flatMap((g) => g.options)
      .find((o) => o.value === 'JO');
    assert.equal(jordan?.label, 'الأردن');
    assert.match(jordan?.terms ?? '', /Jordan/, 'found by its English name too');
  });

  it('renders a fieldset named by its legend, a hidden filter box, chosen boxes first, the error tied', async () => {
    const ctx = contextIn('en');
    const out = String(
      await (
        <ChoiceList
          ctx={ctx}
          form="f"
          state={state}
          name="countries"
          label="Countries"
          hint="Tick all"
          groups={countryChoiceGroups('en')}
        />
      ),
    );
    assert.match(
      out,
      /<fieldset class="field choice-list" id="f-countries" data-choice-list="" aria-describedby="f-countries-hint f-countries-error" aria-invalid="true"><legend>Countries<\/legend>/,
    );
    assert.match(
      out,
      /<p class="choice-filter" hidden=""><label for="f-countries-filter">Find in the list<\/label>/,
    );
    assert.doesNotMatch(out, /<select/);
    const chosen = /<legend>Chosen<\/legend>(.*?)<\/fieldset>/s.exec(out)?.[1] ?? '';
    assert.match(chosen, /value="CO" checked=""/);
    assert.match(chosen, /value="JO" checked=""/);
    assert.equal(out.match(/checked=""/g)?.length, 2);
    assert.equal(out.match(/value="JO"/g)?.length, 1, 'a chosen country is not listed twice');
    assert.equal(out.match(/type="checkbox"/g)?.length, countryCodes.length);
  });

  it('offers the taxonomy’s themes and populations with their synonyms as filter words', () => {
    const themes = conceptChoices('theme', 'es');
    assert.ok(themes.length > 5);
    assert.ok(themes.every((o) => o.value.startsWith('theme:') && o.label !== ''));
    assert.ok(conceptChoices('population', 'ar').every((o) => o.value.startsWith('population:')));
  });
});
