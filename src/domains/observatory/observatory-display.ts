import type { TTranslator } from '../../i18n/translator.ts';
import type { TSeriesRow } from './observatory.repository.ts';

/**
 * How observatory figures read: a series' title in the reader's language (the published title for a
 * series the hub does not know by name), a value with its unit formatted for the locale, and the
 * citation that goes wherever a figure is shown or exported.
 */
export function seriesTitle(i18n: TTranslator, s: Pick<TSeriesRow, 'id' | 'title'>): string {
  const key = `observatory.series.${s.id}`;
  return i18n.has(key) ? i18n.t(key) : s.title;
}

export function citationOf(i18n: TTranslator, s: Pick<TSeriesRow, 'release'>): string {
  return `${i18n.t('observatory.citation')}. ${i18n.t('observatory.citation.release', { release: s.release })}.`;
}

const knownUnits = new Set(['HR_PER_DAY', 'HR', 'PT', 'YR', 'WK']);

export function unitKey(unit: string): string {
  return knownUnits.has(unit) ? unit : 'other';
}

/** "7.1 h a day", "14 weeks", "100 %" in the reader's locale, one decimal at most. */
export function formatValue(i18n: TTranslator, unit: string, value: number, digits = 1): string {
  const number = i18n.formatNumber(value, { maximumFractionDigits: digits });
  return i18n.t(`observatory.unit.${unitKey(unit)}`, { value: number });
}

export function unitName(i18n: TTranslator, unit: string): string {
  return i18n.t(`observatory.unitName.${unitKey(unit)}`);
}

export function sexLabel(i18n: TTranslator, sex: string): string {
  return i18n.has(`observatory.sex.${sex}`) ? i18n.t(`observatory.sex.${sex}`) : sex;
}

export function natureLabel(i18n: TTranslator, nature: string): string {
  return i18n.has(`observatory.nature.${nature}`)
    ? i18n.t(`observatory.nature.${nature}`)
    : i18n.t('observatory.nature.other');
}

export function locationLabel(i18n: TTranslator, location: string): string {
  return i18n.has(`observatory.location.${location}`) ? i18n.t(`observatory.location.${location}`) : location;
}
