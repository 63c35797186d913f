import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Results show a record's title and summary in the reader's language where the hub holds a
 * translation, mark the original language, and link to the original in one click (issue 12).
 */
describe(`search results in the reader's language (${testDialect})`, () => {
  let t: TTestApp;
  let slug = '';
  before(async () => {
    t = await createTestApp();
    [slug = ''] = await publishPractices(t.deps, [
      practiceInput({
        language: 'es',
        title: 'Manzanas del cuidado en Bogotá',
        summary: 'Servicios de respiro para cuidadoras cerca de casa.',
        body: 'Las cuidadoras reciben formación y descanso mientras sus familiares son atendidos.',
        countries: ['CO'],
        translations: {
          en: {
            title: 'Care blocks in Bogotá',
            summary: 'Respite services for carers close to home.',
          },
        },
      }),
    ]);
  });
  after(async () => {
    await t.close();
  });

  const firstResult = (html: string) => /<li class="result">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';

  it('shows the English translation to an English reader, marks the Spanish original and links to it', async () => {
    const page = await t.client().get(`/en/search?q=${encodeURIComponent('respite for carers Bogota')}`);
    const hit = firstResult(page.html);
    assert.match(
      hit,
      /<h3 lang="en" dir="ltr"><a href="\/en\/practices\/[^"]+">Care blocks in Bogotá<\/a><\/h3>/,
    );
    const text = visibleText(hit);
    assert.ok(text.includes('Respite services for carers close to home.'));
    assert.ok(text.includes('Translated from Spanish by a person.'));
    const original =
      /<a href="([^"]+\?original=1)">Show the original: <bdi lang="es" dir="ltr">Manzanas del cuidado en Bogotá<\/bdi><\/a>/.exec(
        hit,
      );
    assert.ok(original, 'one click to the original');
    const opened = await t.client().get(original[1] ?? '');
    assert.equal(opened.response.status, 200);
    assert.match(opened.html, /<h1 lang="es" dir="ltr">\s*Manzanas del cuidado en Bogotá\s*<\/h1>/);
  });

  it('shows the original, highlighted, to a reader of its language or of a language with no translation', async () => {
    for (const locale of ['es', 'fr']) {
      const page = await t.client().get(`/${locale}/search?q=${encodeURIComponent('cuidadoras Bogotá')}`);
      const hit = firstResult(page.html);
      assert.match(hit, /<h3 lang="es" dir="ltr">/, locale);
      assert.ok(visibleText(hit).includes('Manzanas del cuidado en Bogotá'), locale);
      assert.doesNotMatch(hit, /original=1/, locale);
    }
    assert.ok(slug);
  });
});
