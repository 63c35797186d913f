import type { TTranslator } from '../i18n/translator.ts';
import { conceptLabel, conceptsOf, findConcept } from './taxonomy.ts';

let conceptByM49: ReadonlyMap<string, string> | undefined;

function regionConceptOfM49(m49: string): string | undefined {
  conceptByM49 ??= new Map(
    conceptsOf('region').flatMap((r) => (r.notation ? [[r.notation, r.id] as const] : [])),
  );
  return conceptByM49.get(m49);
}

/**
 * A region's name in the reader's language, however the region is written: a concept id
 * ("region:europe"), an organisation directory code ("europe"), a UN M49 code ("150", "8") or the
 * world ("region:world", "001"). The taxonomy names its regions; the UN groupings it has no concept
 * for (least developed countries, …) are named by the `common.region.<M49>` messages. Only a region
 * nobody names falls back, to `fallback` (a name as published) or else to what was given.
 * The one helper for every page, option and chart that shows a region.
 */
export function regionLabel(i18n: TTranslator, region: string, fallback?: string): string {
  const code = region.trim().replace(/^region:/, '');
  const m49 = /^\d{1,3}$/.test(code) ? code.padStart(3, '0') : code === 'world' ? '001' : undefined;
  const conceptId = m49 ? regionConceptOfM49(m49) : `region:${code}`;
  if (conceptId && findConcept(conceptId)) return conceptLabel(conceptId, i18n.locale);
  if (m49 && i18n.has(`common.region.${m49}`)) return i18n.t(`common.region.${m49}`);
  return fallback ?? region;
}
