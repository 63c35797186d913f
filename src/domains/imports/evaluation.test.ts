import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateFolder, f1, scoreDocument } from './evaluation.ts';
import { lookupsWith } from './import-lookups.ts';

/**
 * The team's folder of 30 documents in the six languages (test/fixtures/import-documents: city
 * programme pages, ministry and parliament announcements, NGO news, seminar invitations, conference
 * conclusions, written for this), read as `npm run documents:evaluate` reads it, with the thresholds
 * of issue 18. Organisations are read without a member directory here (names only).
 */
const folder = new URL('../../../test/fixtures/import-documents/', import.meta.url).pathname;

describe('extraction on the team’s folder of documents', () => {
  it('reaches the thresholds of issue 18', async () => {
    const { scores } = await evaluateFolder(folder, lookupsWith([]));
    assert.equal(scores.language, 1);
    assert.ok(scores.kind >= 0.9, `kind ${scores.kind}`);
    assert.ok(scores.title >= 0.9, `title ${scores.title}`);
    assert.ok(scores.date >= 0.9, `date ${scores.date}`);
    assert.ok(scores.countries >= 0.9, `countries ${scores.countries}`);
    assert.ok(scores.organisations >= 0.8, `organisations ${scores.organisations}`);
    assert.ok(scores.eligibility >= 0.7, `eligibility ${scores.eligibility}`);
    // Beyond the list: what this folder reached (0.84 and 1.00), kept from slipping back.
    assert.ok(scores.populations >= 0.8, `populations ${scores.populations}`);
    assert.ok(scores.places >= 0.95, `places ${scores.places}`);
  });

  it('scores lists by F1 and a missing date as right only when none is proposed', () => {
    assert.equal(f1([], []), 1);
    assert.equal(f1(['PL'], ['PL', 'DE']), 2 / 3);
    const expected = { file: 'x', language: 'en', kind: 'news', title: 'A', date: null };
    const scores = scoreDocument(expected, [
      { field: 'date', value: '2025-01-01', start: 0, end: 1, confidence: 1, decision: 'proposed' },
    ]);
    assert.equal(scores.date, 0);
  });
});
