import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyser, MAX_QUERY_CHARS } from './analyser.ts';
import { detectLanguage } from './languages.ts';
import { foldLatin, normaliseText } from './normalise.ts';
import { toFts5Match, toTsquery } from './query-model.ts';
import { wordForms } from './words.ts';

const analyser = createAnalyser();
const formsOf = (word: string, language: string) => wordForms(word, language)?.forms ?? [];
/** Do two spellings share an index token (so one finds the other)? */
const meet = (a: string, b: string, language: string) =>
  formsOf(a, language).some((f) => formsOf(b, language).includes(f));

describe('analyser: normalisation', () => {
  it('folds Arabic alef forms, taa marbuta, alef maqsura, tatweel and harakat', () => {
    assert.equal(normaliseText('أحمد إيمان آمال ٱلله'), 'احمد ايمان امال الله');
    assert.equal(normaliseText('مدرسة'), 'مدرسه');
    assert.equal(normaliseText('مستشفى'), 'مستشفي');
    assert.equal(normaliseText('رعـــاية'), 'رعايه');
    assert.equal(normaliseText('رِعَايَةٌ'), 'رعايه');
  });

  it('gives the same Arabic token with or without article, harakat, tatweel or a final haa', () => {
    for (const variant of ['الرعاية', 'رِعَايَة', 'رعـاية', 'رعايه', 'والرعاية']) {
      assert.ok(meet('رعاية', variant, 'ar'), `رعاية ~ ${variant}`);
    }
  });

  it('folds Latin diacritics after stemming, so accents are optional', () => {
    assert.ok(meet('guarderías', 'guarderias', 'es'));
    assert.ok(meet('personnes âgées', 'agees', 'fr') || meet('âgées', 'agees', 'fr'));
    assert.equal(foldLatin('żłobek'), 'zlobek');
    assert.equal(foldLatin('детский'), 'детский', 'Cyrillic is not folded');
  });

  it('stems Polish so that żłobki and żłobek meet, with and without diacritics', () => {
    assert.ok(meet('żłobki', 'żłobek', 'pl'));
    assert.ok(meet('żłobkach', 'zlobek', 'pl'));
    assert.ok(meet('opiekunów', 'opiekun', 'pl'));
  });

  it('stems Russian and writes ё as е', () => {
    assert.ok(meet('пожилых', 'пожилые', 'ru'));
    assert.ok(meet('ёлка', 'елка', 'ru'));
    assert.ok(meet('Детские', 'детских', 'ru'));
  });

  it("drops French elisions (l', d') and English possessives", () => {
    assert.deepEqual(formsOf("l'enfance", 'fr'), formsOf('enfance', 'fr'));
    assert.deepEqual(formsOf('d’enfants', 'fr'), formsOf('enfants', 'fr'));
    assert.deepEqual(formsOf("children's", 'en'), formsOf('children', 'en'));
  });

  it('indexes a language it does not know unstemmed, and drops its stop words from none', () => {
    const doc = analyser.analyseDocument({
      title: 'Huduma za malezi',
      summary: '',
      body: '',
      language: 'sw',
    });
    assert.equal(doc.language, 'sw');
    assert.deepEqual(doc.fields.title, ['huduma', 'za', 'malezi']);
  });
});

describe('analyser: language detection', () => {
  it('detects the six languages of the hub in sentences', () => {
    assert.equal(detectLanguage('Opieka nad dziećmi w Krakowie i powrót do pracy'), 'pl');
    assert.equal(detectLanguage('El cuidado de las personas mayores en casa'), 'es');
    assert.equal(detectLanguage('Les crèches municipales et le congé parental'), 'fr');
    assert.equal(detectLanguage('Childcare for working parents in the city'), 'en');
    assert.equal(detectLanguage('Уход за пожилыми людьми на дому'), 'ru');
    assert.equal(detectLanguage('رعاية المسنين في المنزل'), 'ar');
  });

  it('lets the hint decide for a short text', () => {
    assert.equal(detectLanguage('guarderías', 'es'), 'es');
    assert.equal(detectLanguage('care', 'en'), 'en');
    assert.equal(detectLanguage('!!!', 'fr'), 'fr');
  });

  it('detects the document language when the record does not declare one', () => {
    const doc = analyser.analyseDocument({
      title: 'Lokalne partnerstwo na rzecz opiekunów',
      summary: 'Dziewięć instytucji wspiera opiekunów osób zależnych w powrocie do pracy.',
      body: '',
    });
    assert.equal(doc.language, 'pl');
  });
});

describe('analyser: queries', () => {
  it('treats FTS operator characters and words as text', () => {
    const query = analyser.analyseQuery('"care* NEAR(x) -foo: (bar) ^baz AND OR NOT', { locale: 'en' });
    assert.equal(query.isEmpty, false);
    const match = toFts5Match(query, 'all');
    // Every token is a quoted string; no bare operator survives.
    assert.doesNotMatch(match.replace(/"[^"]*"\*?/g, ''), /[^()\sANDOR]/);
    assert.doesNotMatch(match, /NEAR|NOT|\^|:/);
    assert.doesNotMatch(toTsquery(query, 'all').replace(/'[^']*'(:\*)?/g, ''), /[^()\s&|]/);
  });

  it('yields an empty query for punctuation, Arabic diacritics or stop words only', () => {
    for (const [text, locale] of [
      ['?!… ---- ***', 'en'],
      ['ًٌٍَُِّْ', 'ar'],
      ['the of and', 'en'],
      ['de la y', 'es'],
      ['и в на', 'ru'],
      ['', 'pl'],
    ] as const) {
      assert.equal(analyser.analyseQuery(text, { locale }).isEmpty, true, JSON.stringify(text));
    }
  });

  it('cuts a query of 5,000 characters to a sane length', () => {
    const long = 'opieka nad dziećmi '.repeat(300).slice(0, 5000);
    const query = analyser.analyseQuery(long, { locale: 'pl' });
    assert.ok(query.text.length <= MAX_QUERY_CHARS);
    assert.ok(query.words.length <= 32);
    assert.ok(query.words.length > 0);
  });

  it('stems a short query in the interface language too, and matches its last word as a prefix', () => {
    const query = analyser.analyseQuery('guarderias', { locale: 'en' });
    assert.ok(query.languages.includes('en'));
    assert.ok(query.languages.includes('es'));
    assert.equal(query.words[0]?.prefix, 'guarderias');
  });
});
