/**
 * The text of a Markdown source that reads as plain paragraphs, found in one pass over its characters:
 * the bulk import reads every practice's body (and its translations') through `markdownToText`, and the
 * three regular expressions that test a source and the one that collapses its white space cost as much
 * as a quarter of a record's analysis. The loop gives exactly what `isPlainProse` and
 * `source.replace(/\s+/g, ' ').trim()` give (test/markdown-plain-prose.test.ts compares them).
 */

const [TAB, LINE_FEED, CARRIAGE_RETURN, SPACE] = [0x09, 0x0a, 0x0d, 0x20];

/** An ASCII character's kind, from a table: a set's lookup a character cost more than the expressions. */
const [MARKUP, WHITE] = [1, 2];
const asciiKinds = new Uint8Array(128);
// \ ` * _ [ ] < > & ! | ~ #: each opens inline markup, an entity, HTML or an escape; NUL is refused too.
for (const c of '\\`*_[]<>&!|~#\u0000') asciiKinds[c.charCodeAt(0)] = MARKUP;
for (const c of ' \t\n\u000b\f\r') asciiKinds[c.charCodeAt(0)] = WHITE;

/** - + = : after a line's blanks start a list, a rule, a setext underline or a table's row. */
const isBlockMark = (code: number): boolean =>
  code === 0x2d || code === 0x2b || code === 0x3d || code === 0x3a;

/** What `\s` matches (and `trim` removes) beyond ASCII: no-break spaces, Unicode spaces, line ends. */
function isWideWhiteSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const kindOf = (code: number): number =>
  code < 128 ? (asciiKinds[code] ?? 0) : isWideWhiteSpace(code) ? WHITE : 0;

/** Does a line end here (where a multiline `^` matches after)? */
const endsLine = (code: number): boolean =>
  code === LINE_FEED || code === CARRIAGE_RETURN || code === 0x2028 || code === 0x2029;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Does the line starting at `at` open a block: blanks, then - + = : or one to nine digits and . or )? */
function opensBlock(source: string, at: number): boolean {
  let i = at;
  while (i < source.length && (source.charCodeAt(i) === SPACE || source.charCodeAt(i) === TAB)) i++;
  const code = source.charCodeAt(i);
  if (isBlockMark(code)) return true;
  let digits = 0;
  while (isDigit(source.charCodeAt(i + digits))) digits++;
  if (digits === 0 || digits > 9) return false;
  const after = source.charCodeAt(i + digits);
  return after === 0x2e || after === 0x29;
}

/** Do two spaces or more end just before the line feed at `at` (a Markdown hard line break)? */
function endsWithHardBreak(source: string, at: number): boolean {
  let i = at - 1;
  if (source.charCodeAt(i) === CARRIAGE_RETURN) i--;
  return source.charCodeAt(i) === SPACE && source.charCodeAt(i - 1) === SPACE;
}

/**
 * The source with its white space collapsed to single spaces and trimmed, when it reads as plain
 * paragraphs (see `isPlainProse`); undefined when it holds markup.
 */
export function plainProseText(source: string): string | undefined {
  const length = source.length;
  // A line starts at 0 and after each line end, which is white space: those are checked in the runs.
  if (opensBlock(source, 0)) return undefined;
  let text = '';
  /** Where the text not yet copied starts; a run of white space other than one space is copied as one. */
  let copiedTo = 0;
  let i = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === 0) {
      i++;
      continue;
    }
    if (kind === MARKUP) return undefined;
    // A run of white space, read whole.
    let end = i;
    do {
      const inner = source.charCodeAt(end);
      if (inner === LINE_FEED && endsWithHardBreak(source, end)) return undefined;
      end++;
      if (endsLine(inner) && opensBlock(source, end)) return undefined;
    } while (end < length && kindOf(source.charCodeAt(end)) === WHITE);
    if (end - i > 1 || code !== SPACE || i === 0 || end === length) {
      text += source.slice(copiedTo, i);
      if (i > 0 && end < length) text += ' ';
      copiedTo = end;
    }
    i = end;
  }
  return copiedTo === 0 ? source : text + source.slice(copiedTo);
}
