import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAmount, parseAmount, parsePercent } from './commitment-amounts.ts';
import { stalenessCutoffs, stalenessOf } from './commitment-staleness.ts';

describe('amounts typed in the writer’s language', () => {
  const accepted: [string, string, string | null, number][] = [
    ['en', '350,000.50', 'USD', 350_000.5],
    ['en', '350000', 'USD', 350_000],
    ['pl', '1 234,50', 'PLN', 1234.5],
    ['pl', '1\u00a0234\u00a0567', 'PLN', 1_234_567],
    ['pl', '350,5', 'PLN', 350.5],
    ['fr', '12\u202f000,75', 'EUR', 12_000.75],
    ['es', '1.234,5', 'MXN', 1234.5],
    ['ru', '2 500', 'RUB', 2500],
    ['ar', '٣٥٠', 'OMR', 350],
    ['ar', '١٬٢٣٤٫٥', 'OMR', 1234.5],
    ['ar', '350.125', 'OMR', 350.125],
    ['pl', '۳۵۰', 'PLN', 350],
  ];
  for (const [locale, input, currency, value] of accepted) {
    it(`reads ${JSON.stringify(input)} in ${locale} as ${value}`, () => {
      assert.deepEqual(parseAmount(input, locale, currency), { isValid: true, value });
    });
  }

  const refused: [string, string, string | null, string][] = [
    ['pl', '350.5', 'PLN', 'commitments.errors.amountFormat'],
    ['pl', '1.234,50', 'PLN', 'commitments.errors.amountFormat'],
    ['en', '1,5', 'USD', 'commitments.errors.amountFormat'],
    ['en', '12,34,567', 'USD', 'commitments.errors.amountFormat'],
    ['en', '1 000', 'USD', 'commitments.errors.amountFormat'],
    ['en', '-50', 'USD', 'commitments.errors.amountNegative'],
    ['en', '10.5', 'JPY', 'commitments.errors.amountDecimals'],
    ['en', '10.555', 'USD', 'commitments.errors.amountDecimals'],
    ['en', 'ten thousand', 'USD', 'commitments.errors.amountFormat'],
    ['ar', '٣٥٠٫', 'OMR', 'commitments.errors.amountFormat'],
    ['en', '1e9', 'USD', 'commitments.errors.amountFormat'],
  ];
  for (const [locale, input, currency, error] of refused) {
    it(`refuses ${JSON.stringify(input)} in ${locale} (${error.split('.').pop()})`, () => {
      assert.deepEqual(parseAmount(input, locale, currency), { isValid: false, error });
    });
  }

  it('shows amounts in the reader’s language and the currency’s own decimals', () => {
    assert.equal(formatAmount('en', 350000, 'USD'), '$350,000.00');
    assert.match(formatAmount('pl', 12345.5, 'PLN'), /^12\s345,50\szł$/);
    assert.match(formatAmount('ar', 350, 'OMR'), /350\.000\s?ر\.ع\./);
  });

  it('takes percentages from 0 to 100 in any digits, and nothing else', () => {
    assert.deepEqual(parsePercent('40'), { isValid: true, value: 40 });
    assert.deepEqual(parsePercent('٤٠ ٪'), { isValid: true, value: 40 });
    assert.deepEqual(parsePercent('100%'), { isValid: true, value: 100 });
    for (const bad of ['101', '-1', '40.5', 'forty', '1000']) {
      assert.deepEqual(parsePercent(bad), { isValid: false, error: 'commitments.errors.percent' }, bad);
    }
  });
});

describe('the staleness light', () => {
  const now = new Date('2026-06-15T10:00:00.000Z');
  const cutoffs = stalenessCutoffs(now, { amberMonths: 12, redMonths: 24 });
  const base = {
    publishedAt: '2025-01-10T00:00:00.000Z',
    lastReportAt: null,
    finalReportAt: null,
    endDate: '2026-12-31',
  };
  it('is green within 12 months of a report, amber to 24, red beyond', () => {
    assert.equal(stalenessOf({ ...base, lastReportAt: '2025-07-01T00:00:00.000Z' }, cutoffs), 'green');
    assert.equal(stalenessOf({ ...base, lastReportAt: '2025-06-01T00:00:00.000Z' }, cutoffs), 'amber');
    assert.equal(stalenessOf({ ...base, lastReportAt: '2024-06-01T00:00:00.000Z' }, cutoffs), 'red');
  });
  it('counts from publication when nothing was reported, and is "new" in the first year', () => {
    assert.equal(stalenessOf({ ...base, publishedAt: '2026-01-01T00:00:00.000Z' }, cutoffs), 'new');
    assert.equal(stalenessOf(base, cutoffs), 'amber');
  });
  it('is red past the end date without a final report, green with one', () => {
    const ended = { ...base, endDate: '2026-06-01', lastReportAt: '2026-05-01T00:00:00.000Z' };
    assert.equal(stalenessOf(ended, cutoffs), 'red');
    assert.equal(stalenessOf({ ...ended, finalReportAt: '2026-05-01T00:00:00.000Z' }, cutoffs), 'green');
  });
  it('follows the thresholds it is given', () => {
    const strict = stalenessCutoffs(now, { amberMonths: 6, redMonths: 9 });
    assert.equal(stalenessOf({ ...base, lastReportAt: '2025-11-01T00:00:00.000Z' }, strict), 'amber');
    assert.equal(stalenessOf({ ...base, lastReportAt: '2025-08-01T00:00:00.000Z' }, strict), 'red');
  });
});
