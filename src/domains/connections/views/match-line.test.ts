import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testViewContext } from '../../../../test/support/view-context.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
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

describe('a match line says what two listings share, never an empty list', () => {
  const base: TMatchExplanation = {
    concepts: [],
    relatedConcepts: [],
    place: { kind: 'anywhere' },
    languages: ['en'],
    helpKind: null,
    sectors: null,
  };
  const locales = ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const;

  it('names close topics when none is shared, and the same help nearby when there are no topics', () => {
    const closeOnly = { ...base, relatedConcepts: ['population:older_persons'] };
    const helpNearby = { ...base, helpKind: 'mentoring', place: { kind: 'country' as const, code: 'PL' } };
    for (const locale of locales) {
      const ctx = testViewContext(locale);
      for (const e of [closeOnly, helpNearby]) {
        const line = matchExplanationText(ctx, e);
        for (const part of line.split(' · '))
          assert.doesNotMatch(part, /[:：]\s*$|^\s*$/, `${locale}: "${line}" has an empty part`);
        assert.doesNotMatch(line, /\{|\}/, `${locale}: "${line}"`);
      }
      const lower = (text: string) => text.toLocaleLowerCase(locale);
      const close = ctx.t('connections.match.related', {
        concepts: conceptLabel('population:older_persons', locale),
      });
      assert.ok(
        lower(matchExplanationText(ctx, closeOnly)).includes(lower(close)),
        `${locale}: close topics named`,
      );
      const bothAbout = ctx.t('connections.match.concepts', { concepts: '' }).trim();
      for (const e of [closeOnly, helpNearby])
        assert.ok(
          !matchExplanationText(ctx, e).includes(bothAbout),
          `${locale}: no "${bothAbout}" without topics`,
        );
      const mentoring = ctx.t('connections.help.mentoring');
      const nearby = matchExplanationText(ctx, helpNearby);
      assert.ok(
        nearby.startsWith(ctx.t('connections.match.nearbyHelpKind', { help: mentoring })),
        `${locale}: "${nearby}" starts with the same help nearby and its kind`,
      );
      assert.equal(nearby.split(mentoring).length, 2, `${locale}: "${nearby}" names the kind once`);
      assert.ok(
        !nearby.includes(ctx.t('connections.match.helpKind', { help: mentoring })),
        `${locale}: "${nearby}" does not repeat the kind of help`,
      );
      const withTopics = { ...helpNearby, concepts: ['population:older_persons'] };
      assert.ok(
        matchExplanationText(ctx, withTopics).includes(
          ctx.t('connections.match.helpKind', { help: mentoring }),
        ),
        `${locale}: the kind of help follows the topics when there are some`,
      );
    }
    assert.match(matchExplanationText(testViewContext('en'), closeOnly), /^Close topics: Older persons/);
    assert.match(
      matchExplanationText(testViewContext('en'), helpNearby),
      /^The same help, close by: Mentoring · same country \(Poland\)/,
    );
  });
});
