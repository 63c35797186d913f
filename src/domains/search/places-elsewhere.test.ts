import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * A place the query names is where the reader wants to look (issue 12): a record located elsewhere
 * counts half, so a Polish record that shares every other word does not hide the Russian programme a
 * Polish reader asks for; naming a region finds the records of the countries within it first. (A record
 * located nowhere is not pushed down: document-stats.test.ts.)
 */
describe(`a place the query names (${testDialect})`, () => {
  let t: TTestApp;
  let polish = '';
  let russian = '';
  let japanese = '';
  before(async () => {
    t = await createTestApp();
    [polish = '', russian = '', japanese = ''] = await publishPractices(t.deps, [
      practiceInput({
        language: 'pl',
        title: 'Szkolenia dla rodzin opiekujących się seniorami w gminie',
        summary:
          'Ośrodek pomocy społecznej uczy rodziny opiekujące się starszymi bliskimi, jak dbać o siebie.',
        body: 'Spotkania co tydzień, porady pielęgniarki i psychologa dla opiekunów rodzinnych seniorów.',
        countries: ['PL'],
        themes: ['theme:unpaid_carer_support'],
        populations: ['population:older_persons'],
      }),
      practiceInput({
        language: 'ru',
        title: 'Школа ухода для родственников',
        summary: 'Бесплатные занятия для семей, которые дома ухаживают за пожилыми близкими.',
        body: 'Медсёстры показывают, как помогать близкому двигаться и как беречь своё здоровье.',
        countries: ['RU'],
        themes: ['theme:unpaid_carer_support'],
        populations: ['population:older_persons'],
      }),
      practiceInput({
        language: 'en',
        title: 'Training for families caring for older relatives at home',
        summary: 'Free lessons for family carers of older people, given by the city.',
        body: 'Nurses show how to help a relative move, and how carers keep their own health.',
        countries: ['JP'],
        themes: ['theme:unpaid_carer_support'],
        populations: ['population:older_persons'],
      }),
    ]);
  });
  after(async () => {
    await t.close();
  });

  const order = async (locale: string, q: string) => {
    const page = await t.client().get(`/${locale}/search?q=${encodeURIComponent(q)}`);
    assert.equal(page.response.status, 200);
    const hrefs = [...page.html.matchAll(/<li class="result">[\s\S]*?<a href="[^"]*\/practices\/([^"?]+)/g)];
    return hrefs.map((m) => m[1]);
  };

  it('ranks the Russian programme above a Polish one that shares more words, for "… w Rosji"', async () => {
    const found = await order('pl', 'szkolenia dla rodzin opiekujących się seniorami w Rosji');
    assert.equal(found[0], russian, `first: ${found[0]}`);
    assert.ok(found.indexOf(russian) < found.indexOf(polish), 'the Polish record comes after');
  });

  it('puts the Polish record first when the same words ask for Poland', async () => {
    const found = await order('pl', 'szkolenia dla rodzin opiekujących się seniorami w Polsce');
    assert.equal(found[0], polish);
  });

  it('finds the records of a region by its name alone, in another language', async () => {
    const found = await order('es', 'Europa del Este');
    assert.deepEqual([...found].sort(), [polish, russian].sort());
  });

  it('reads a region as the countries within it', async () => {
    const found = await order('en', 'older people in Eastern Europe');
    const within = found.filter((slug) => slug === polish || slug === russian);
    assert.equal(within.length, 2, 'both Eastern European records are found');
    assert.ok(found.includes(japanese), 'the Japanese record is found by its words');
    assert.ok(
      found.indexOf(polish) < found.indexOf(japanese) && found.indexOf(russian) < found.indexOf(japanese),
      `the records of the region come before the one in Japan: ${found.join(', ')}`,
    );
  });
});
