import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { practiceKinds, practiceScopes } from '../domains/practices/practice-vocabulary.ts';
import { localeTags } from '../i18n/locales.ts';
import { termKey } from './concept-builder.ts';
import { countryCodes } from './countries.ts';
import { populationSeeds } from './data/populations.data.ts';
import { themeSeeds } from './data/themes.data.ts';
import { stakeholderTypes } from './organization-vocabulary.ts';
import {
  allConcepts,
  conceptLabel,
  conceptSchemes,
  conceptsOf,
  countriesOfRegion,
  findConcept,
  isConceptOf,
  isKnownCountry,
  lexiconEntries,
  regionsOfCountry,
} from './taxonomy.ts';

const described = ['theme', 'population', 'five_r', 'sdg_target'] as const;

describe('care taxonomy: concepts', () => {
  test('every scheme has concepts, and every concept a non-empty label in all six locales', () => {
    for (const scheme of conceptSchemes) assert.ok(conceptsOf(scheme).length > 0, scheme);
    for (const concept of allConcepts()) {
      for (const locale of localeTags) {
        assert.ok(concept.labels[locale]?.trim(), `${concept.id} has no ${locale} label`);
      }
    }
  });

  test('ids are unique, well formed and made of scheme and code', () => {
    const ids = allConcepts().map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate ids');
    for (const concept of allConcepts()) {
      assert.match(concept.id, /^[a-z][a-z_]*:[a-z0-9]+(?:_[a-z0-9]+)*$/, concept.id);
      assert.equal(concept.id, `${concept.scheme}:${concept.code}`);
      assert.ok(conceptSchemes.includes(concept.scheme));
    }
  });

  test('themes, populations, 5R and SDG targets have at least 3 synonyms in each language', () => {
    for (const scheme of described) {
      for (const concept of conceptsOf(scheme)) {
        for (const locale of localeTags) {
          const count = concept.synonyms[locale].length;
          assert.ok(count >= 3, `${concept.id} has ${count} ${locale} synonyms`);
        }
      }
    }
  });

  test('themes and populations have 4 to 10 hand-written synonyms per language, before UNESCO terms', () => {
    for (const seed of [...themeSeeds, ...populationSeeds]) {
      for (const locale of localeTags) {
        const count = seed.synonyms?.[locale]?.length ?? 0;
        assert.ok(count >= 4 && count <= 10, `${seed.code} has ${count} ${locale} synonyms`);
      }
    }
  });

  test('synonyms are trimmed, unique per language and never repeat the label', () => {
    for (const concept of allConcepts()) {
      for (const locale of localeTags) {
        const keys = concept.synonyms[locale].map((s) => termKey(s));
        for (const synonym of concept.synonyms[locale]) assert.equal(synonym, synonym.trim());
        assert.equal(new Set(keys).size, keys.length, `${concept.id} ${locale} repeats a synonym`);
        assert.ok(
          !keys.includes(termKey(concept.labels[locale])),
          `${concept.id} ${locale} repeats its label`,
        );
      }
    }
  });

  test('broader and related concepts exist', () => {
    for (const concept of allConcepts()) {
      for (const id of [...concept.broader, ...concept.related]) {
        assert.ok(findConcept(id), `${concept.id} points to unknown ${id}`);
      }
    }
  });

  test('the words people type find the right concept (examples from the brief)', () => {
    const ecec = findConcept('theme:early_childhood_care');
    assert.ok(ecec);
    const expected = {
      en: ['childcare', 'day care', 'nursery', 'crèche', 'preschool'],
      es: ['guardería', 'cuidado infantil', 'educación inicial', 'jardín infantil'],
      fr: ['crèche', "garde d'enfants", 'accueil du jeune enfant'],
      ru: ['детский сад', 'ясли', 'уход за детьми'],
      ar: ['حضانة', 'رعاية الطفل', 'رياض الأطفال'],
      pl: ['żłobek', 'przedszkole', 'opieka nad dziećmi do lat 3'],
    } as const;
    for (const locale of localeTags) {
      for (const term of expected[locale])
        assert.ok(ecec.synonyms[locale].includes(term), `${locale}: ${term}`);
    }
    const carers = findConcept('theme:unpaid_carer_support');
    assert.ok(carers?.synonyms.pl.includes('opieka wytchnieniowa'));
    assert.ok(findConcept('theme:disability_support')?.synonyms.pl.includes('asystencja osobista'));
  });

  test('SDG targets: 5.4 comes first, labels start with the target number, 5.4 carries indicator 5.4.1', () => {
    const targets = conceptsOf('sdg_target');
    assert.deepEqual(
      targets.map((t) => t.notation),
      ['5.4', '1.3', '5.1', '5.5', '8.5', '8.8', '10.4'],
    );
    for (const target of targets) {
      for (const locale of localeTags) assert.ok(target.labels[locale].startsWith(`${target.notation} `));
    }
    const fiveFour = targets[0];
    for (const locale of localeTags) assert.match(fiveFour?.notes?.[locale] ?? '', /5\.4\.1/);
    assert.ok(fiveFour?.synonyms.es.includes('trabajo de cuidados no remunerado'));
    assert.ok(fiveFour?.synonyms.ru.includes('неоплачиваемый труд по уходу'));
    assert.ok(fiveFour?.synonyms.ar.includes('العمل غير مدفوع الأجر'));
    assert.ok(fiveFour?.synonyms.pl.includes('nieodpłatna praca opiekuńcza'));
  });

  test('5R are exactly recognise, reduce, redistribute, reward, represent', () => {
    assert.deepEqual(
      conceptsOf('five_r').map((c) => c.code),
      ['recognise', 'reduce', 'redistribute', 'reward', 'represent'],
    );
  });

  test('stakeholder types, practice kinds and scopes use the codes the rest of the code base uses', () => {
    const codes = (scheme: 'stakeholder_type' | 'practice_kind' | 'scope') =>
      conceptsOf(scheme).map((c) => c.code);
    assert.deepEqual(codes('stakeholder_type'), [
      'national_government',
      'local_government',
      'international_agency',
      'private_sector_international',
      'private_sector_national',
      'philanthropy_national',
      'philanthropy_regional',
      'philanthropy_international',
      'academia',
      'youth_organization',
      'feminist_organization',
      'civil_society_network',
    ]);
    assert.deepEqual(codes('stakeholder_type'), [...stakeholderTypes]);
    assert.deepEqual(codes('practice_kind'), [...practiceKinds]);
    assert.deepEqual(codes('scope'), [...practiceScopes]);
  });

  test('labels fall back to English; unknown ids come back unchanged', () => {
    assert.equal(conceptLabel('theme:care_leave', 'de'), 'Parental and care leave');
    assert.equal(conceptLabel('theme:care_leave', 'pl'), 'Urlopy rodzicielskie i opiekuńcze');
    assert.equal(conceptLabel('theme:nothing_here', 'fr'), 'theme:nothing_here');
    assert.ok(isConceptOf('population', 'population:mothers'));
    assert.ok(!isConceptOf('theme', 'population:mothers'));
  });

  test('concepts that draw terms from the UNESCO Thesaurus say so', () => {
    const withUnesco = allConcepts().filter((c) => c.hasUnescoTerms);
    assert.ok(withUnesco.length > 20);
    for (const concept of withUnesco) {
      for (const uri of concept.closeMatch)
        assert.match(uri, /^http:\/\/vocabularies\.unesco\.org\/thesaurus\/concept\d+$/);
    }
    assert.ok(findConcept('theme:early_childhood_care')?.synonyms.fr.includes('école maternelle'));
    assert.equal(findConcept('theme:care_financing')?.hasUnescoTerms, false);
  });
});

describe('care taxonomy: countries and regions', () => {
  test('every ISO 3166-1 country is a concept and belongs to at least one region', () => {
    assert.equal(conceptsOf('country').length, countryCodes.length);
    assert.ok(countryCodes.length >= 249);
    for (const code of countryCodes) {
      assert.ok(isKnownCountry(code) && isKnownCountry(code.toLowerCase()), code);
      assert.ok(regionsOfCountry(code).length > 0, `${code} has no region`);
    }
    assert.ok(!isKnownCountry('ZZ'));
    assert.deepEqual(regionsOfCountry('ZZ'), []);
  });

  test('each country sits in exactly one UN M49 sub-region (the Arab States grouping aside)', () => {
    for (const code of countryCodes) {
      const direct = findConcept(`country:${code.toLowerCase()}`)?.broader.filter(
        (r) => r !== 'region:arab_states',
      );
      assert.equal(direct?.length, 1, `${code}: ${direct}`);
    }
  });

  test('country labels are real names in every language, not codes', () => {
    assert.equal(conceptLabel('country:pl', 'ar'), 'بولندا');
    assert.equal(conceptLabel('country:pl', 'pl'), 'Polska');
    assert.equal(conceptLabel('country:mx', 'es'), 'México');
    assert.equal(conceptLabel('country:om', 'ru'), 'Оман');
    assert.equal(conceptLabel('country:co', 'fr'), 'Colombie');
    for (const country of conceptsOf('country')) {
      for (const locale of localeTags) {
        const label = country.labels[locale];
        assert.notEqual(label, country.notation, `${country.id} ${locale}`);
        assert.doesNotMatch(label, /^[A-Z]{2}$/, `${country.id} ${locale}`);
      }
    }
    // Most names differ between English and Arabic or Russian: the locale data is really there.
    const arabicDiffers = conceptsOf('country').filter((c) => c.labels.ar !== c.labels.en).length;
    assert.ok(arabicDiffers > 240, `only ${arabicDiffers} Arabic names`);
  });

  test('regions list their countries, sub-regions included; countries list their regions', () => {
    assert.deepEqual(regionsOfCountry('PL'), ['region:eastern_europe', 'region:europe']);
    assert.deepEqual(regionsOfCountry('mx'), [
      'region:central_america',
      'region:latin_america_caribbean',
      'region:americas',
    ]);
    assert.deepEqual(regionsOfCountry('OM'), ['region:western_asia', 'region:asia', 'region:arab_states']);
    assert.ok(countriesOfRegion('region:europe').includes('PL'));
    assert.ok(countriesOfRegion('latin_america_caribbean').includes('CO'));
    assert.ok(!countriesOfRegion('region:northern_america').includes('MX'));
    assert.equal(countriesOfRegion('region:arab_states').length, 22);
    assert.deepEqual(countriesOfRegion('theme:care_leave'), []);
    for (const region of conceptsOf('region')) {
      assert.ok((region.countries ?? []).length > 0, region.id);
      for (const code of region.countries ?? []) assert.ok(isKnownCountry(code), `${region.id}: ${code}`);
    }
    const world = new Set(
      ['africa', 'americas', 'asia', 'europe', 'oceania', 'antarctica'].flatMap((r) => countriesOfRegion(r)),
    );
    assert.equal(world.size, countryCodes.length);
  });

  test('the regions the organisations directory filters by are concepts here', () => {
    for (const code of [
      'africa',
      'asia',
      'europe',
      'latin_america_caribbean',
      'northern_america',
      'oceania',
    ]) {
      assert.ok(findConcept(`region:${code}`), code);
    }
  });
});

describe('care taxonomy: lexicon', () => {
  const entries = lexiconEntries();

  test('has no empty terms and no duplicates per concept, language and term', () => {
    const seen = new Set<string>();
    for (const entry of entries) {
      assert.ok(entry.term.trim().length > 0, `${entry.conceptId} ${entry.language}`);
      assert.ok(findConcept(entry.conceptId), entry.conceptId);
      assert.ok((localeTags as readonly string[]).includes(entry.language));
      const key = `${entry.conceptId}\u0000${entry.language}\u0000${termKey(entry.term)}`;
      assert.ok(!seen.has(key), `duplicate: ${entry.conceptId} ${entry.language} ${entry.term}`);
      seen.add(key);
    }
  });

  test('holds every label and synonym, countries included', () => {
    const all = new Set(entries.map((e) => `${e.conceptId}|${e.language}|${e.term}`));
    const has = (conceptId: string, language: string, term: string) =>
      all.has(`${conceptId}|${language}|${term}`);
    for (const concept of allConcepts()) {
      for (const locale of localeTags) {
        assert.ok(has(concept.id, locale, concept.labels[locale]), `${concept.id} ${locale} label`);
      }
    }
    assert.ok(has('country:pl', 'ar', 'بولندا'));
    assert.ok(has('country:mx', 'es', 'México'));
    assert.ok(has('country:om', 'ar', 'عمان'));
    assert.ok(has('theme:early_childhood_care', 'es', 'guardería'));
    assert.ok(has('theme:long_term_care', 'ar', 'رعاية المسنين'));
    const total = allConcepts().reduce(
      (n, c) => n + localeTags.reduce((m, l) => m + 1 + c.synonyms[l].length, 0),
      0,
    );
    assert.equal(entries.length, total);
  });

  test('returns a fresh array each call', () => {
    const first = lexiconEntries();
    first.pop();
    assert.equal(lexiconEntries().length, entries.length);
  });
});
