import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testViewContext } from '../../../test/support/view-context.ts';
import { CheckboxField } from './checkbox-field.tsx';
import { ChoiceList } from './choice-list.tsx';
import { TextField, type TFormState } from './form-field.tsx';
import { FormFields } from './form-fields.tsx';
import { SelectField } from './select-field.tsx';
import { TextAreaField } from './text-area-field.tsx';

describe('FormFields (a form described as a list of fields)', () => {
  const ctx = testViewContext('en');
  const state: TFormState = {
    values: { title: 'What <they> typed', kind: 'b', places: ['a'], isPublic: 'on' },
    errors: { title: 'validation.required', places: 'validation.required' },
  };
  const binding = { ctx, form: 'f', state };
  const words: Record<string, string> = { title: 'Title', titleHint: 'Short', kind: 'Kind', body: 'Body' };
  Object.assign(words, { places: 'Places', isPublic: 'Public', other: 'Another label' });
  const labels = (key: string) => words[key] ?? `?${key}`;
  const options = ['a', 'b'].map((value) => ({ value, label: value.toUpperCase() }));
  const html = async (node: unknown) => String(await node);

  it('gives each field exactly the markup of its own component, in the order listed', async () => {
    const listed = await html(
      <FormFields
        {...binding}
        labels={labels}
        fields={[
          { text: 'title', hint: 'titleHint', maxLength: 80, autocomplete: 'off' },
          { select: 'kind', placeholder: '—', options },
          { element: <p class="between">between</p> },
          { area: 'body', label: 'other', rows: 3 },
          { choices: 'places', options },
          { check: 'isPublic' },
        ]}
      />,
    );
    const written = await html(
      <>
        <TextField {...binding} name="title" label="Title" hint="Short" maxLength={80} autocomplete="off" />
        <SelectField {...binding} name="kind" label="Kind" placeholder="—" options={options} />
        <p class="between">between</p>
        <TextAreaField {...binding} name="body" label="Another label" rows={3} />
        <ChoiceList {...binding} name="places" label="Places" options={options} />
        <CheckboxField {...binding} name="isPublic" label="Public" />
      </>,
    );
    assert.equal(listed, written);
    assert.doesNotMatch(listed, /\?/, 'every label and hint came from the labels function');
    assert.match(listed, /aria-describedby="f-title-hint f-title-error"/);
  });
});
