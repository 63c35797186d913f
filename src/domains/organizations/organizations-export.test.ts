import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvColumns, type TPublicOrganization, toCsv } from './organizations-export.ts';

const organization: TPublicOrganization = {
  slug: 'formula',
  name: '=HYPERLINK("https://example.org")',
  acronym: null,
  names: {},
  stakeholderType: 'academia',
  scope: 'national',
  countries: ['MX', 'AR'],
  city: null,
  website: null,
  description: '',
  descriptionLanguage: 'es',
  isChampion: true,
  championSince: '2025-05-01T00:00:00.000Z',
  memberSince: null,
  profileUrl: 'https://hub.example/en/members/formula',
};

describe('organisations export as CSV', () => {
  it('keeps the header order after a BOM (spreadsheets read UTF-8), and defuses a name that starts with =', () => {
    const [header, row] = toCsv([organization]).split('\r\n');
    assert.equal(header, `\uFEFF${csvColumns.map((c) => c.name).join(',')}`);
    assert.ok(row?.startsWith(`formula,"'=HYPERLINK(""https://example.org"")",,`), row);
    assert.ok(row?.includes(',"MX;AR",'), row);
    assert.ok(row?.includes(',1,2025-05-01,,https://hub.example/en/members/formula'), row);
  });
});
