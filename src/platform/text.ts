/**
 * Small text helpers shared by domains: folding for case- and accent-blind matching, and slugs.
 */

/** Lower case, without accents and with single spaces: "  Fundación  Ñandú " → "fundacion nandu". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only letters and digits of any script, for comparing names: "U.N. Women" → "unwomen". */
export function nameKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A URL slug: folded letters and digits of any script joined by hyphens, at most 60 characters.
 * Arabic or Cyrillic names keep their letters (browsers show them; URLs carry them percent-encoded).
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** Escapes LIKE wildcards; use with `escape '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The text cut at the last space before `length` characters, with an ellipsis; short texts unchanged. */
export function shortened(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}
