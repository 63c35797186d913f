import type { TProposedField } from '../imports.schemas.ts';
import { foldForMatch, linesOf } from './source-text.ts';

/**
 * A conference's recommendations with their verbs, as outcomes are written: after "أوصى" / "دعا إلى"
 * / "أكد على" / "أشار إلى", "recommends" / "calls for" / "stresses" / "points to" and their Spanish,
 * French, Russian and Polish forms, each paragraph up to the next verb is one recommendation. Each is
 * placed under the axis (from `extractLists`) its words share most with; the first axis otherwise.
 */
export type TVerb = 'recommends' | 'calls_for' | 'stresses' | 'points_to';

const VERBS: Record<TVerb, readonly string[]> = {
  recommends: [
    'أوصى',
    'اوصى',
    'توصي',
    'recommends',
    'recommended',
    'recomienda',
    'recomendó',
    'recommande',
    'рекомендует',
    'рекомендовал',
    'рекомендуется',
    'zaleca',
    'rekomenduje',
  ],
  calls_for: [
    'دعا إلى',
    'دعا الى',
    'دعت إلى',
    'calls for',
    'called for',
    'calls on',
    'insta a',
    'pide',
    'llama a',
    'appelle à',
    'appelle les',
    'призывает',
    'призвал',
    'wzywa',
  ],
  stresses: [
    'أكد على',
    'أكد',
    'اكد على',
    'stresses',
    'stressed',
    'underlines',
    'subraya',
    'destaca',
    'souligne',
    'подчеркивает',
    'подчеркнул',
    'podkreśla',
  ],
  points_to: [
    'أشار إلى',
    'اشار الى',
    'أشار الى',
    'points to',
    'pointed to',
    'notes that',
    'señala',
    'relève',
    'указывает',
    'отметил',
    'wskazuje',
  ],
};

type TMarker = { verb: TVerb; start: number; end: number };

function markersIn(text: string): TMarker[] {
  const folded = foldForMatch(text);
  const found: TMarker[] = [];
  for (const [verb, words] of Object.entries(VERBS) as [TVerb, readonly string[]][]) {
    for (const word of words) {
      const needle = foldForMatch(word);
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        const before = folded[at - 1] ?? ' ';
        // Arabic joins "و" (and) and "ف" to the verb: "وأوصى".
        if (/[\p{L}]/u.test(before) && !/[وف]/.test(before)) continue;
        if (/[\p{L}]/u.test(folded[at + needle.length] ?? ' ')) continue;
        if (found.some((f) => f.start < at + needle.length && at < f.end)) continue;
        found.push({ verb, start: at, end: at + needle.length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const MIN_TEXT = 25;

function words(text: string): Set<string> {
  return new Set(
    foldForMatch(text)
      .split(/[^\p{L}]+/u)
      .map((w) => w.replace(/^(?:وال|بال|لل|ال|و)/u, ''))
      .filter((w) => w.length >= 4)
      .map((w) => w.slice(0, 6)),
  );
}

/** Which axis (1-based) a recommendation belongs to: most shared words, the first when none. */
export function axisOf(text: string, axes: readonly string[]): number {
  const mine = words(text);
  let best = 1;
  let bestShared = 0;
  axes.forEach((axis, i) => {
    let shared = 0;
    for (const w of words(axis)) if (mine.has(w)) shared++;
    if (shared > bestShared) {
      best = i + 1;
      bestShared = shared;
    }
  });
  return best;
}

export function extractRecommendations(text: string, axes: readonly string[] = []): TProposedField[] {
  const markers = markersIn(text);
  const lines = linesOf(text).filter((l) => l.text.length > 0);
  const fields: TProposedField[] = [];
  markers.forEach((marker, i) => {
    const limit = markers[i + 1]?.start ?? text.length;
    // The rest of the marker's line when it says something; else the next paragraph ("كما أوصى..").
    const own = lines.find((l) => l.start <= marker.start && marker.end <= l.end);
    const rest = own ? text.slice(marker.end, Math.min(own.end, limit)).replace(/^[\s.:…،,-]+/u, '') : '';
    const next = lines.find((l) => l.start >= marker.end && l.start < limit && l !== own);
    const pieces =
      own && rest.length >= MIN_TEXT
        ? [{ start: marker.end, end: Math.min(own.end, limit) }]
        : next
          ? [{ start: next.start, end: Math.min(next.end, limit) }]
          : [];
    for (const piece of pieces) {
      const raw = text.slice(piece.start, piece.end);
      const lead = raw.length - raw.replace(/^[\s.:…،,-]+/u, '').length;
      const value = raw
        .slice(lead)
        .replace(/[\s.،,]+$/u, '')
        .trim();
      if (value.length < MIN_TEXT) continue;
      // A sentence that only announces more ("كما أوصى..") is not a recommendation.
      fields.push({
        field: 'recommendation',
        value,
        start: piece.start + lead,
        end: piece.start + lead + value.length,
        confidence: 0.7,
        decision: 'proposed',
        detail: { verb: marker.verb, axis: axisOf(value, axes) },
      });
    }
  });
  // A shorter one inside a longer one (a subtitle repeating the call) is the same recommendation.
  return fields.filter(
    (f) => !fields.some((g) => g !== f && g.value.length > f.value.length && g.value.startsWith(f.value)),
  );
}
