import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_LEXICON } from '../../../test/support/search-fixtures.ts';
import { createAnalyser } from './analyser.ts';
import { conceptToken, createConceptLexicon, isConceptToken } from './concept-lexicon.ts';

const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
const conceptsOfQuery = (q: string, locale: string) => analyser.analyseQuery(q, { locale }).concepts;
const conceptsOfText = (text: string, language: string) =>
  analyser.analyseDocument({ title: '', summary: '', body: text, language }).concepts;

describe('concept tagging', () => {
  it('maps a Spanish query to the concept a Polish text names', () => {
    assert.deepEqual(conceptsOfQuery('guarderías', 'es'), ['theme:early_childhood']);
    assert.deepEqual(conceptsOfQuery('guarderias', 'en'), ['theme:early_childhood'], 'without the accent');
    assert.deepEqual(conceptsOfText('Partnerstwo oferuje miejsca w żłobkach.', 'pl'), [
      'theme:early_childhood',
    ]);
  });

  it('maps an Arabic phrase, with or without harakat, to long-term care', () => {
    assert.deepEqual(conceptsOfQuery('رعاية المسنين', 'ar'), ['theme:long_term_care']);
    assert.deepEqual(conceptsOfQuery('رِعَايَةُ المُسِنِّين', 'ar'), ['theme:long_term_care']);
    assert.deepEqual(conceptsOfQuery('كبار السن', 'ar'), ['population:older_persons']);
  });

  it('matches multi-word phrases across inflection and stop words, longest first', () => {
    assert.deepEqual(conceptsOfText('Program opieki nad dziećmi w gminie', 'pl'), ['theme:early_childhood']);
    assert.deepEqual(conceptsOfText('Социальные работники помогают пожилым людям', 'ru'), [
      'population:older_persons',
    ]);
    assert.deepEqual(conceptsOfText("Un service de garde d'enfants", 'fr'), ['theme:early_childhood']);
    // "long-term care" wins over nothing shorter; "care" alone names no concept.
    assert.deepEqual(conceptsOfText('Long-term care at home', 'en'), ['theme:long_term_care']);
    assert.deepEqual(conceptsOfText('care at home', 'en'), []);
  });

  it('prefers the longest phrase at a position', () => {
    const lexicon = createConceptLexicon([
      { conceptId: 'x:care', language: 'en', term: 'care' },
      { conceptId: 'x:care_leave', language: 'en', term: 'care leave' },
    ]);
    const local = createAnalyser({ lexicon });
    const doc = local.analyseDocument({
      title: 'Paid care leave and care',
      summary: '',
      body: '',
      language: 'en',
    });
    assert.deepEqual(doc.concepts, ['x:care', 'x:care_leave']);
    const query = local.analyseQuery('care leave', { locale: 'en' });
    assert.deepEqual(query.concepts, ['x:care_leave']);
  });

  it('turns concept ids into tokens no word can produce', () => {
    assert.equal(conceptToken('theme:early_childhood'), 'c·theme·early·childhood');
    assert.ok(isConceptToken(conceptToken('sdg:5.4')));
    const doc = analyser.analyseDocument({
      title: 'c·theme·early·childhood ctheme:early_childhood',
      summary: '',
      body: '',
      language: 'en',
    });
    assert.ok(doc.fields.title.every((t) => !isConceptToken(t)));
    assert.deepEqual(doc.concepts, []);
  });

  it('counts concepts tagged by people, and repeats a concept token at most twice', () => {
    const doc = analyser.analyseDocument({
      title: 'Childcare',
      summary: 'Childcare and nurseries',
      body: 'More childcare',
      language: 'en',
      concepts: ['theme:return_to_work'],
    });
    assert.deepEqual(doc.concepts, ['theme:early_childhood', 'theme:return_to_work']);
    assert.equal(doc.conceptTokens.filter((t) => t === conceptToken('theme:early_childhood')).length, 2);
    assert.equal(doc.conceptTokens.filter((t) => t === conceptToken('theme:return_to_work')).length, 2);
  });
});
