import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from '../../platform/db/migrator.ts';
import type { TSearchDocument, TSearchIndex } from '../../platform/search/search-index.ts';
import { createHubSearch } from './hub-search.ts';

let sequence = 0;
const record = (language: string, title: string, summary: string): TSearchDocument => {
  sequence += 1;
  const id = `${language}-${sequence}`;
  return {
    id,
    type: 'practice',
    slug: id,
    language,
    title,
    summary,
    body: '',
    publishedAt: `2024-01-${String(sequence).padStart(2, '0')}T00:00:00.000Z`,
    facets: [],
  };
};

/**
 * A query's word read as a concept only in a language the query was guessed to be in (the interface's,
 * franc's close guesses) is checked against the records (ADR 0126): "per cent" typed with the French
 * interface is not "père" (fathers) where the records use "per" otherwise; a word the records do use for
 * the concept ("guardería", "mother") keeps it.
 */
describe(`concepts read in a guessed language, checked against the records (${testDialect})`, () => {
  let t: TTestDatabase;
  let search: TSearchIndex;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
    search = createHubSearch(t.handle);
    const records = [
      record(
        'en',
        'Carers get 20 per cent more pay',
        'Home carers are paid per hour, with pay rising every year.',
      ),
      record(
        'en',
        'Childcare voucher of 50 euros per child',
        'Paid per month to parents who work; fair pay for nannies.',
      ),
      record('en', 'Holiday pay for domestic workers', 'One paid day off per month, and pay for overtime.'),
      record(
        'fr',
        'Congé du second parent',
        'Le père reste un mois avec son enfant, payé par la sécurité sociale.',
      ),
      record('pl', 'Urlop dla ojców', 'Ojcowie zostają z dzieckiem w domu przez miesiąc.'),
      record(
        'fr',
        'Un plan national pour les aidants',
        'Dans tout le pays, les aidants ont droit à un répit.',
      ),
      record(
        'es',
        'Guarderías públicas en Madrid',
        'Plazas de guardería gratuitas para familias con bajos ingresos.',
      ),
      record('es', 'Guarderías rurales', 'La guardería del pueblo abre todo el año.'),
      record('es', 'Guarderías de empresa', 'Las empresas abren una guardería para sus trabajadoras.'),
      record('en', 'Nursery places for working parents', 'A free nursery place for every child under three.'),
      record('en', 'Support for young mothers', 'Every mother under twenty gets a mentor and childcare.'),
      record('en', 'Mothers back to work', 'A mother returning to work gets a training grant.'),
      record('en', 'Single mothers', 'Housing help for a mother raising children alone.'),
      record('pl', 'Wsparcie dla matek', 'Matki samotnie wychowujące dzieci dostają zasiłek.'),
    ];
    for (const r of records) await search.upsertDocument(r);
  });
  after(async () => {
    await t.drop();
  });

  const find = (query: string, locale: string) => search.search({ query, locale, limit: 20 });

  it('refuses a concept that the records mostly read otherwise, in queries typed with several interfaces', async () => {
    const cases: Array<[query: string, locale: string, concept: string]> = [
      ['per cent', 'fr', 'population:fathers'],
      ['per cent', 'pl', 'population:fathers'],
      ['per', 'es', 'population:fathers'],
      ['pay', 'fr', 'scope:national'],
      ['pay', 'pl', 'scope:national'],
      // A longer English query read with the French interface: its text shows English.
      ['home carers get twenty per cent more pay every month', 'fr', 'population:fathers'],
      ['home carers get twenty per cent more pay every month', 'fr', 'scope:national'],
    ];
    for (const [query, locale, concept] of cases) {
      const result = await find(query, locale);
      assert.ok(!result.query.concepts.includes(concept), `${locale} "${query}" is not ${concept}`);
      assert.ok(
        !result.items.some((i) => i.title === 'Urlop dla ojców'),
        `${locale} "${query}" does not find the Polish fathers`,
      );
    }
    const perCent = await find('per cent', 'fr');
    assert.equal(
      perCent.items[0]?.title,
      'Carers get 20 per cent more pay',
      'the words themselves are found',
    );
    const sentence = await find('home carers get twenty per cent more pay every month', 'fr');
    assert.ok(
      sentence.query.concepts.includes('population:unpaid_caregivers'),
      'what its own language reads stays',
    );
  });

  it('keeps a concept that the records use the word for, and finds other languages through it', async () => {
    const cases: Array<[query: string, locale: string, concept: string, finds: string]> = [
      ['guarderia', 'en', 'theme:early_childhood_care', 'Nursery places for working parents'],
      ['mother', 'pl', 'population:mothers', 'Wsparcie dla matek'],
    ];
    for (const [query, locale, concept, finds] of cases) {
      const result = await find(query, locale);
      assert.ok(result.query.concepts.includes(concept), `${locale} "${query}" is ${concept}`);
      assert.ok(
        result.items.some((i) => i.title === finds),
        `${locale} "${query}" finds "${finds}"`,
      );
    }
  });

  it('keeps a guessed concept on a hub too small to tell', async () => {
    const small = await createTestDatabase();
    try {
      await migrateToLatest(small.handle.db);
      const index = createHubSearch(small.handle);
      await index.upsertDocument(record('fr', 'Le congé du père', 'Le père reste un mois avec son enfant.'));
      await index.upsertDocument(record('pl', 'Urlop dla ojców', 'Ojcowie zostają z dzieckiem w domu.'));
      const result = await index.search({ query: 'pères', locale: 'fr', limit: 20 });
      assert.ok(result.query.concepts.includes('population:fathers'));
      assert.ok(result.items.some((i) => i.title === 'Urlop dla ojców'));
    } finally {
      await small.drop();
    }
  });
});
