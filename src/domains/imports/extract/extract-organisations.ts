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
    if (capitals < 2 || name.length < 6) continue;
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
  for (const f of [...namesWithAcronyms(text), ...alsoNamed]) {
    const acronym = typeof f.detail?.acronym === 'string' ? f.detail.acronym : undefined;
    if (!seen(f.value, acronym)) fields.push({ ...f, field: 'organisation' });
  }
  return fields;
}
