import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/** A query that names a place offers it as a filter, and the chip takes the filter away again (issue 12). */
describe(`the place a query names, as a filter chip (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await publishPractices(t.deps, [
      practiceInput({
        title: 'Respite breaks for family carers in Polish towns',
        summary: 'Towns in Poland fund respite breaks for family carers.',
        countries: ['PL'],
      }),
      practiceInput({
        title: 'Respite breaks for family carers in English counties',
        summary: 'Counties fund respite breaks for family carers.',
        countries: ['GB'],
      }),
    ]);
  });
  after(async () => {
    await t.close();
  });

  const chipLinks = (html: string) =>
    [...html.matchAll(/<a href="([^"]*)" class="chip"([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
      href: (m[1] ?? '').replaceAll('&amp;', '&'),
      isActive: (m[2] ?? '').includes('aria-current="true"'),
      text: visibleText(m[3] ?? '').trim(),
    }));
  const titles = (html: string) =>
    [...html.matchAll(/<li class="result">[\s\S]*?<a href="[^"]*">([\s\S]*?)<\/a>/g)].map((m) =>
      visibleText(m[1] ?? '').trim(),
    );

  it('offers "only records about Poland" without hiding the rest, and "in: Poland ×" removes it', async () => {
    const first = await t.client().get(`/en/search?q=${encodeURIComponent('respite breaks in Poland')}`);
    assert.equal(first.response.status, 200);
    const [offer, ...others] = chipLinks(first.html);
    assert.deepEqual(others, []);
    assert.deepEqual(offer && { text: offer.text, isActive: offer.isActive }, {
      text: 'Only records about Poland',
      isActive: false,
    });
    const all = titles(first.html);
    assert.equal(all.length, 2, 'the other record is still listed');
    assert.equal(all[0], 'Respite breaks for family carers in Polish towns', 'the place ranks first');

    const narrowed = await t.client().get(`/en/search${offer?.href ?? ''}`);
    assert.deepEqual(titles(narrowed.html), ['Respite breaks for family carers in Polish towns']);
    const [remove] = chipLinks(narrowed.html);
    assert.equal(remove?.isActive, true);
    assert.equal(remove?.text, 'in: Poland ×');
    assert.match(
      narrowed.html,
      /aria-label="in: Poland — remove this place and show records about every place"/,
    );

    const widened = await t.client().get(`/en/search${remove?.href ?? ''}`);
    assert.equal(titles(widened.html).length, 2);
  });

  it('names the place in the page language, right to left in Arabic, and shows no chip without a place', async () => {
    const arabic = await t.client().get(`/ar/search?q=${encodeURIComponent('رعاية مؤقتة في بولندا')}`);
    assert.equal(arabic.response.status, 200);
    assert.deepEqual(
      chipLinks(arabic.html).map((c) => c.text),
      ['السجلات المتعلقة بـبولندا فقط'],
    );
    const plain = await t.client().get('/en/search?q=respite');
    assert.deepEqual(chipLinks(plain.html), []);
  });
});
