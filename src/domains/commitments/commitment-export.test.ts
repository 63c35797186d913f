import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codebookFields, type TExportItem, toCsv } from './commitment-export.ts';

const item: TExportItem = {
  slug: 'formula',
  url: 'https://hub.example/en/commitments/formula',
  title: '=1+1',
  language: 'en',
  titleTranslations: { es: 'Fórmula' },
  description: '@SUM(A1:A2)',
  leadOrganization: 'Lead',
  leadOrganizationSlug: 'lead',
  coMakers: ['One', 'Two'],
  pendingCoMakers: [],
  stakeholderType: 'government',
  kind: null,
  stage: null,
  level: null,
  countries: ['PL'],
  fiveR: [],
  sdgTargets: [],
  themes: [],
  cycle: '2026',
  startDate: null,
  endDate: null,
  amount: 1000.5,
  currency: 'EUR',
  progressStatus: 'not_reported',
  progressPercent: null,
  light: 'grey',
  lastReportAt: null,
  reportCount: 0,
  publishedAt: null,
  fromConnectionAt: null,
};

describe('commitments export as CSV', () => {
  it('keeps the codebook header, a BOM, "; " lists and JSON translations, and defuses formulas', () => {
    const text = toCsv([item]);
    assert.ok(text.startsWith('\uFEFF'));
    const [header, row] = text.slice(1).split('\r\n');
    assert.equal(header, codebookFields.map((f) => f.name).join(','));
    assert.ok(row?.includes(",'=1+1,en,"), row);
    assert.ok(row?.includes(',"{""es"":""Fórmula""}",'), row);
    assert.ok(row?.includes(",'@SUM(A1:A2),"), row);
    assert.ok(row?.includes(',"One; Two",,'), row);
  });
});
