import type { TProposedField } from '../imports.schemas.ts';
import { foldForMatch } from './source-text.ts';

/**
 * Organisations a document names: members of the directory by any of their names (case and accents
 * aside) or by their acronym (as written, a whole word); and organisations the directory does not
 * know, proposed as names, where the text gives a name with its acronym ("United Cities and Local
 * Governments (UCLG)").
 */
export type TDirectoryName = { slug: string; name: string; acronym: string | null; names: readonly string[] };

const LETTER = /[\p{L}\p{N}]/u;
/** A French or Italian elided article before a name: "l’Organisation", "d’Association". */
const ELIDED = /^[LlDd]['’](?=\p{Lu})/u;

function wholeWordAt(text: string, at: number, length: number): boolean {
  return !LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + length] ?? '');
}

function firstWhole(haystack: string, needle: string): number {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    if (wholeWordAt(haystack, at, needle.length)) return at;
  return -1;
}

export function matchDirectory(text: string, directory: readonly TDirectoryName[]): TProposedField[] {
  const folded = foldForMatch(text);
  const sameLength = folded.length === text.length;
  const fields: TProposedField[] = [];
  for (const org of directory) {
    let found: { start: number; end: number; confidence: number } | null = null;
    for (const name of org.names) {
      const needle = foldForMatch(name.trim());
      if (needle.length < 4) continue;
      const at = sameLength ? firstWhole(folded, needle) : firstWhole(text, name.trim());
      if (at >= 0) {
        found = { start: at, end: at + needle.length, confidence: 0.9 };
        break;
      }
    }
    if (!found && org.acronym && org.acronym.length >= 2) {
      const at = firstWhole(text, org.acronym);
      if (at >= 0) found = { start: at, end: at + org.acronym.length, confidence: 0.7 };
    }
    if (found)
      fields.push({
        field: 'organisation',
        value: org.name,
        ...found,
        decision: 'proposed',
        detail: { slug: org.slug },
      });
  }
  return fields;
}

const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'et',
  'des',
  'du',
  'le',
  'les',
  'pour',
  '&',
  'i',
  'w',
  'na',
  'rzecz',
  'z',
  'ds',
  'для',
  'по',
  'и',
  'в',
  'on',
  'in',
  'a',
  'à',
  'en',
]);

/** "Name of Something (NOS)": the capitalised words before an acronym in brackets. */
export function namesWithAcronyms(text: string): TProposedField[] {
  const fields: TProposedField[] = [];
  const re = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const acronym = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+$/, '');
    const words = before.split(/(\s+)/);
    const kept: string[] = [];
    let capitals = 0;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i] ?? '';
      if (/^\s+$/.test(w)) {
        kept.unshift(w);
        continue;
      }
      const bare = w.replace(/[,;:()"“”„«»]/g, '');
      if (bare !== w && kept.length > 0) break;
      if (/^\p{Lu}/u.test(bare)) {
        kept.unshift(w);
        capitals++;
      } else if (CONNECTORS.has(bare.toLowerCase()) && capitals > 0) kept.unshift(w);
      else break;
    }
    while (kept.length > 0 && (/^\s+$/.test(kept[0] ?? '') || CONNECTORS.has((kept[0] ?? '').toLowerCase())))
      kept.shift();
    const name = kept
      .join('')
      .trim()
      .replace(/^["“”„«»']+|["“”„«»']+$/gu, '');
    if (capitals < 2 || name.length < 6) {
      // "Association tunisienne des femmes démocrates (ATFD)": from the last head word to the acronym.
      const tail = before.split(/[\n.;:]/u).at(-1) ?? '';
      const words = [...tail.matchAll(/\S+/gu)].slice(-10);
      const head = words.findLast((w) => {
        const bare = w[0].replace(/^[(«"„]+/u, '').replace(ELIDED, '');
        return (/^\p{Lu}/u.test(bare) && HEADS.has(bare.toLowerCase())) || ARABIC_HEADS.includes(bare);
      });
      if (!head) continue;
      const from = (head.index ?? 0) + (ELIDED.exec(head[0])?.[0].length ?? 0);
      const value = tail.slice(from).trim();
      const at = Math.max(0, m.index - 160) + before.length - tail.length + from;
      fields.push({
        field: 'organisation',
        value,
        start: at,
        end: m.index + m[0].length,
        confidence: 0.6,
        decision: 'proposed',
        detail: { acronym },
      });
      continue;
    }
    const start = m.index - (before.length - before.lastIndexOf(name)) + 0;
    const at = text.lastIndexOf(name, m.index);
    fields.push({
      field: 'organisation',
      value: name,
      start: at >= 0 ? at : start,
      end: m.index + m[0].length,
      confidence: 0.6,
      decision: 'proposed',
      detail: { acronym },
    });
  }
  return fields;
}

/**
 * Words an organisation's name starts with, in the six languages ("Fundación …", "Ministère …",
 * "Министерство …", "Stowarzyszenie …", "جمعية …"). Latin and Cyrillic heads are written with a
 * capital; a capitalised adjective just before one belongs to the name ("Miejski Ośrodek …").
 */
const HEADS = new Set(
  [
    'association',
    'foundation',
    'ministry',
    'council',
    'network',
    'alliance',
    'federation',
    'union',
    'institute',
    'agency',
    'fundación',
    'fundacion',
    'asociación',
    'asociacion',
    'ministerio',
    'ayuntamiento',
    'intendencia',
    'secretaría',
    'red',
    'federación',
    'confederación',
    'instituto',
    'alcaldía',
    'cámara',
    'organización',
    'fondation',
    'ministère',
    'ville',
    'mairie',
    'réseau',
    'fédération',
    'organisation',
    'institut',
    'conseil',
    'caisse',
    'министерство',
    'ассоциация',
    'фонд',
    'союз',
    'федерация',
    'институт',
    'агентство',
    'комитет',
    'организация',
    'fundacja',
    'stowarzyszenie',
    'ministerstwo',
    'urząd',
    'ośrodek',
    'centrum',
    'związek',
    'federacja',
    'instytut',
  ].map((w) => w.toLowerCase()),
);
/** Bodies written in lower case after their capitalised adjective ("Государственная дума"). */
const LOWER_HEADS = new Set(['дума', 'палата', 'собрание']);
const ARABIC_HEADS = [
  'وزارة',
  'جمعية',
  'بلدية',
  'مجلس',
  'منظمة',
  'مؤسسة',
  'هيئة',
  'اتحاد',
  'الاتحاد',
  'المجلس',
  'الجمعية',
  'مركز',
];
const STOP_WORDS_AR = new Set(['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع']);

function latinName(
  words: readonly { text: string; start: number }[],
  at: number,
): { start: number; end: number } | null {
  let first = at;
  while (
    first > 0 &&
    /^\p{Lu}/u.test(words[first - 1]?.text ?? '') &&
    !/[,.;:]$/.test(words[first - 1]?.text ?? '')
  )
    first--;
  let last = at;
  for (let i = at + 1; i < words.length && i <= at + 8; i++) {
    const prev = words[i - 1]?.text ?? '';
    if (/[,.;:()!?]$/.test(prev)) break;
    const w = words[i]?.text ?? '';
    if (/^[(«"„]/.test(w)) break;
    if (/^\p{Lu}/u.test(w)) {
      last = i;
      continue;
    }
    // A lower-case word belongs to the name only when a capitalised one follows soon ("труда Республики").
    const next = [words[i + 1]?.text ?? '', words[i + 2]?.text ?? ''];
    if (!/^\p{Ll}/u.test(w) || !next.some((n) => /^\p{Lu}/u.test(n))) break;
    if (/[,.;:]$/.test(w)) break;
  }
  if (last === at && first === at) return null;
  const start = words[first]?.start ?? 0;
  const lastWord = words[last];
  return lastWord ? { start, end: lastWord.start + lastWord.text.replace(/[,.;:)»"”]+$/u, '').length } : null;
}

function arabicName(
  words: readonly { text: string; start: number }[],
  at: number,
): { start: number; end: number } | null {
  let last = at;
  for (let i = at + 1; i < words.length && i <= at + 4; i++) {
    const w = (words[i]?.text ?? '').replace(/[،.:؛]+$/u, '');
    if (STOP_WORDS_AR.has(w)) break;
    if (i === at + 1 || w.startsWith('ال')) last = i;
    else break;
    if (/[،.:؛]$/u.test(words[i]?.text ?? '')) break;
  }
  if (last === at) return null;
  const start =
    (words[at]?.start ?? 0) +
    ((words[at]?.text ?? '').match(/^[وبل](?=[\u0600-\u06FF]{3})/u) &&
    !ARABIC_HEADS.includes(words[at]?.text ?? '')
      ? 1
      : 0);
  const lastWord = words[last];
  return lastWord ? { start, end: lastWord.start + lastWord.text.replace(/[،.:؛]+$/u, '').length } : null;
}

/** Organisation names that start with a head word ("Ayuntamiento de Madrid", "وزارة التضامن الاجتماعي"). */
export function namesByHeadWords(text: string): TProposedField[] {
  const words = [...text.matchAll(/[^\s]+/gu)].map((m) => {
    const elided = ELIDED.exec(m[0])?.[0].length ?? 0;
    return { text: m[0].slice(elided), start: (m.index ?? 0) + elided };
  });
  const fields: TProposedField[] = [];
  words.forEach((word, i) => {
    const bare = word.text.replace(/^[(«"„]+|[,.;:)»"”]+$/gu, '');
    let span: { start: number; end: number } | null = null;
    if (/^\p{Lu}/u.test(bare) && HEADS.has(bare.toLowerCase())) span = latinName(words, i);
    else if (LOWER_HEADS.has(bare) && /^\p{Lu}\p{Ll}+$/u.test(words[i - 1]?.text ?? '')) {
      const before = words[i - 1];
      if (before) span = { start: before.start, end: word.start + bare.length };
    } else if (
      ARABIC_HEADS.some(
        (h) => bare === h || (bare.length === h.length + 1 && /^[وبل]/u.test(bare) && bare.endsWith(h)),
      )
    )
      span = arabicName(words, i);
    if (!span || fields.some((f) => f.start < span.end && span.start < f.end)) return;
    const value = text.slice(span.start, span.end);
    if (value.length < 6 || value.includes('\n')) return;
    fields.push({ field: 'organisation', value, ...span, confidence: 0.5, decision: 'proposed' });
  });
  return fields;
}

/** Directory matches first; names the directory does not know are added once each. */
export function extractOrganisations(
  text: string,
  directory: readonly TDirectoryName[],
  alsoNamed: readonly TProposedField[] = [],
): TProposedField[] {
  const known = matchDirectory(text, directory);
  const fields = [...known];
  const seen = (value: string, acronym?: string) =>
    fields.some(
      (f) =>
        foldForMatch(f.value) === foldForMatch(value) ||
        (acronym !== undefined &&
          (f.detail?.acronym === acronym ||
            directory.some((d) => d.slug === f.detail?.slug && d.acronym === acronym))),
    );
  const named = namesWithAcronyms(text);
  const headed = namesByHeadWords(text).filter(
    (h) => !named.some((n) => n.start <= h.start && h.end <= n.end + 12),
  );
  for (const f of [...named, ...headed, ...alsoNamed]) {
    const acronym = typeof f.detail?.acronym === 'string' ? f.detail.acronym : undefined;
    if (!seen(f.value, acronym)) fields.push({ ...f, field: 'organisation' });
  }
  return fields;
}
