import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameErrorSummaryFields } from './error-summary.ts';

describe('error summary: fields named from their own labels', () => {
  const page = [
    '<ul data-error-list="">',
    '<li data-error-for="f-b"><a href="#f-b"><span class="error-field" data-label-for="f-b"></span>Bad B</a></li>',
    '<li data-error-for="f-x"><a href="#f-x"><span class="error-field" data-label-for="f-x"></span>No label</a></li>',
    '<li data-error-for="f-a"><a href="#f-a"><span class="error-field" data-label-for="f-a"></span>Bad A</a></li>',
    '</ul>',
    '<label for="f-a">Name &lt;of&gt; <span class="optional">(optional)</span></label><input id="f-a">',
    '<fieldset class="field" id="f-b"><legend>Themes</legend></fieldset>',
  ].join('');

  it('fills each entry with its label or legend text, escaped as rendered, and orders entries as the fields', () => {
    const out = nameErrorSummaryFields(page);
    const list = /<ul data-error-list="">([\s\S]*?)<\/ul>/.exec(out)?.[1] ?? '';
    assert.deepEqual(
      [...list.matchAll(/<a href="#([^"]+)">([\s\S]*?)<\/a>/g)].map((m) => `${m[1]}=${m[2]}`),
      [
        'f-a=<span class="error-field">Name &lt;of&gt; (optional)</span> Bad A',
        'f-b=<span class="error-field">Themes</span> Bad B',
        'f-x=No label',
      ],
    );
  });

  it('leaves pages without a summary untouched', () => {
    const html = '<label for="a">A</label>';
    assert.equal(nameErrorSummaryFields(html), html);
  });
});
