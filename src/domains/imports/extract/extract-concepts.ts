import type { TProposedField } from '../imports.schemas.ts';

/**
 * Themes, populations, the 5R and SDG targets a document speaks of, as the search analyser finds
 * them (the care taxonomy's labels and synonyms in every language). Each concept once, with its first
 * mention; the most mentioned first, at most `max`.
 */
export type TConceptSpan = { conceptId: string; start: number; end: number };

const SCHEMES = ['theme:', 'population:', 'five_r:', 'sdg_target:'];

export function extractConcepts(spans: readonly TConceptSpan[], max = 12): TProposedField[] {
  const byId = new Map<string, { first: TConceptSpan; count: number }>();
  for (const s of spans) {
    if (!SCHEMES.some((p) => s.conceptId.startsWith(p))) continue;
    const seen = byId.get(s.conceptId);
    if (seen) seen.count++;
    else byId.set(s.conceptId, { first: s, count: 1 });
  }
  return [...byId.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first.start - b[1].first.start)
    .slice(0, max)
    .map(([conceptId, { first, count }]) => ({
      field: 'concept' as const,
      value: conceptId,
      start: first.start,
      end: first.end,
      confidence: Math.min(0.9, 0.5 + 0.1 * count),
      decision: 'proposed' as const,
    }));
}
