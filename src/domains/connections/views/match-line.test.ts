import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testViewContext } from '../../../../test/support/view-context.ts';
import { currentGazetteer, useGazetteer } from '../../search/index.ts';
import type { TMatchExplanation } from '../connection-matching.ts';
import { matchExplanationText } from './match-line.tsx';

/** Why two listings were matched, read in the reader's own language and script. */
describe('a match line names a shared city as the reader writes it', () => {
  const earlier = currentGazetteer();
  before(() => {
    useGazetteer([{ id: 'krakow', country: 'PL', names: ['Kraków', 'Cracow', 'Краков', 'كراكوف'] }]);
  });
  after(() => {
    useGazetteer(earlier);
  });

  const sameCity: TMatchExplanation = {
    concepts: [],
    relatedConcepts: [],
    place: { kind: 'city', id: 'place:krakow' },
    languages: [],
    helpKind: null,
    sectors: null,
  };

  it('in Cyrillic for a Russian reader, in Arabic script for an Arabic one, by its local name otherwise', () => {
    assert.match(matchExplanationText(testViewContext('ru'), sameCity), /Краков/);
    assert.match(matchExplanationText(testViewContext('ar'), sameCity), /كراكوف/);
    const english = matchExplanationText(testViewContext('en'), sameCity);
    assert.match(english, /Kraków/);
    assert.doesNotMatch(english, /Краков|كراكوف/);
  });
});
