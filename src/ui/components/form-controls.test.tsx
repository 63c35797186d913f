import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testViewContext } from '../../../test/support/view-context.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { DateTimeField } from './date-time-field.tsx';
import type { TFormState } from './form-field.tsx';
import { SelectField } from './select-field.tsx';
import { TextAreaField } from './text-area-field.tsx';

const ctx = testViewContext('en');
const state: TFormState = {
  values: { themes: ['b', 'c'], kind: 'b', body: 'What <they> typed', startDate: '2026-03-29' },
  errors: { kind: 'validation.required', themes: 'validation.required', start: 'validation.required' },
};
const common = { ctx, form: 'f', state };
const options = ['a', 'b', 'c'].map((value) => ({ value, label: value.toUpperCase() }));
const html = async (node: string | Promise<string>) => String(await node);

describe('shared form controls', () => {
  it('ties a select to its label, hint and error, and keeps the choice', async () => {
    const out = await html(
      <SelectField {...common} name="kind" label="Kind" hint="Pick one" placeholder="—" options={options} />,
    );
    assert.match(out, /<label for="f-kind">Kind<\/label>/);
    assert.match(
      out,
      /<select id="f-kind" aria-invalid="true" aria-describedby="f-kind-hint f-kind-error" name="kind">/,
    );
    assert.match(out, /<p class="field-error" id="f-kind-error">Please fill in this field.<\/p>/);
    assert.match(
      out,
      /<option value="">—<\/option><option value="a">A<\/option><option value="b" selected="">B/,
    );
  });

  it('keeps every choice of a multiple select, eight rows high unless told', async () => {
    const out = await html(
      <SelectField {...common} name="themes" label="Themes" options={options} isMultiple />,
    );
    assert.match(
      out,
      /<select id="f-themes" aria-invalid="true" aria-describedby="f-themes-error" name="themes" multiple="" size="8">/,
    );
    assert.equal(out.match(/selected=""/g)?.length, 2);
  });

  it('groups check boxes in a fieldset with a legend, each box labelled, the ticked ones kept', async () => {
    const out = await html(<CheckboxGroup {...common} name="themes" label="Themes" options={options} />);
    assert.match(
      out,
      /<fieldset class="field" id="f-themes" aria-invalid="true" aria-describedby="f-themes-error">/,
    );
    assert.match(out, /<legend>Themes<\/legend>/);
    assert.match(
      out,
      /<input type="checkbox" id="f-themes-2" name="themes" value="c" checked=""\/> <label for="f-themes-2">C/,
    );
    assert.equal(out.match(/checked=""/g)?.length, 2);
  });

  it('keeps what was typed in a text area, escaped, in the direction it was typed', async () => {
    const out = await html(<TextAreaField {...common} name="body" label="Body" rows={3} />);
    assert.match(
      out,
      /<textarea id="f-body" name="body" rows="3" dir="auto">What &lt;they&gt; typed<\/textarea>/,
    );
  });

  it('writes a date and a time input and the error about both', async () => {
    const out = await html(
      <DateTimeField {...common} name="start" dateLabel="Date" timeLabel="Time" isRequired />,
    );
    assert.match(
      out,
      /<input id="f-startDate" aria-invalid="true" aria-describedby="f-start-error" name="startDate" type="date" value="2026-03-29" required=""/,
    );
    assert.match(out, /<label for="f-startTime">Time<\/label>/);
    assert.match(out, /<p class="field-error" id="f-start-error">Please fill in this field.<\/p>/);
    assert.match(out, /id="f-startTime"[^>]* aria-invalid="true" aria-describedby="f-start-error"/);
  });
});
