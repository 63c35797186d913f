import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testViewContext } from '../../../test/support/view-context.ts';
import { TextField, type TFormState } from './form-field.tsx';
import { RepeatableRows, rowValue } from './repeatable-rows.tsx';
import { RowFields } from './row-fields.tsx';
import { SelectField } from './select-field.tsx';

describe('RowFields (a row editor whose row is a list of parts)', () => {
  const ctx = testViewContext('en');
  const state: TFormState = {
    values: { linkKind: ['a', 'b'], linkUrl: ['https://a.example'], linkNote: ['kept', ''] },
    errors: { links: 'validation.required', 'links-1-url': 'validation.required' },
  };
  const binding = { ctx, form: 'f', state };
  const words: Record<string, string> = { linkKind: 'Kind', address: 'Address', addressHint: 'Full' };
  const labels = (key: string) => words[key] ?? `?${key}`;
  const options = ['a', 'b'].map((value) => ({ value, label: value.toUpperCase() }));
  const list = {
    name: 'links',
    legend: 'Links',
    hint: 'One a row',
    rowLegend: (n: string) => `Link ${n}`,
    addLabel: 'Add a link',
  };
  const html = async (node: unknown) => String(await node);
  /** What a hand-written field of row `index` takes for part `part` whose id ends in `end`. */
  const rowField = (part: string, end: string, index: number) => ({
    ...binding,
    name: `links-${index}-${end}`,
    inputName: part,
    value: rowValue(state, part, index),
  });

  it('gives every row exactly the fields written out by hand, each holding its row’s value', async () => {
    const listed = await html(
      <RowFields
        {...binding}
        {...list}
        labels={labels}
        parts={[
          { select: 'linkKind', id: 'kind', options },
          { text: 'linkUrl', id: 'url', label: 'address', hint: 'addressHint', type: 'url' },
          { hidden: 'linkNote' },
        ]}
      />,
    );
    const written = await html(
      <RepeatableRows
        {...binding}
        {...list}
        parts={['linkKind', 'linkUrl', 'linkNote']}
        row={(index) => (
          <>
            <SelectField {...rowField('linkKind', 'kind', index)} label="Kind" options={options} />
            <TextField {...rowField('linkUrl', 'url', index)} type="url" label="Address" hint="Full" />
            <input type="hidden" name="linkNote" value={rowValue(state, 'linkNote', index)} />
          </>
        )}
      />,
    );
    assert.equal(listed, written);
    assert.doesNotMatch(listed, /\?/, 'every label and hint came from the labels function');
    assert.match(listed, /id="f-links-1-url"[^>]*aria-invalid="true"/);
    assert.match(listed, /<input type="hidden" name="linkNote" value="kept"/);
  });
});
