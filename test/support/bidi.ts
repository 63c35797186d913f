const latin = /[A-Za-z]/;
const arabic = /[\u0600-\u06FF]/;

/**
 * The Latin fragments of an Arabic page's main content that are not isolated: text with Latin
 * letters whose element (or an ancestor inside <main>) is neither <bdi> nor given a `dir` of its own,
 * and that sits in a text run with Arabic. Those are the ones that scramble brackets and full stops
 * ("(ics.)", ".Adecco Poland Sp. z o.o").
 * Only what isolates in a browser counts: `<bdi>` and an element with `dir` (both `unicode-bidi:
 * isolate` in the HTML user-agent style sheet; the hub's CSS isolates nothing else). `lang`,
 * `translate="no"` and `<code>` name a language or a kind of text but leave the direction to the
 * surrounding Arabic, so they do not isolate. Where no markup can go (an `<option>`), the characters
 * LRI, RLI or FSI … PDI isolate as `<bdi>` does, and count too.
 * Shared by the tests that check Arabic pages (bidi, bidi-pages, design-system, api-reference).
 */
export function unisolatedLatin(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  const found: string[] = [];
  const stack: boolean[] = [];
  const isolated = () => stack.some(Boolean);
  let run: { text: string; isolated: boolean }[] = [];
  const flush = () => {
    const text = run.map((r) => r.text).join('');
    if (arabic.test(text)) {
      for (const piece of run) if (!piece.isolated && latin.test(piece.text)) found.push(piece.text.trim());
    }
    run = [];
  };
  const blocks =
    /^(p|div|li|dd|dt|h[1-6]|td|th|section|ul|ol|dl|tr|table|form|fieldset|legend|label|header|footer|nav|article|aside|figure|figcaption|details|summary|option|select|textarea|button|br|script|style|svg)$/;
  for (const token of main.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attributes = '', text] = token;
    if (text !== undefined) {
      // Text between an isolate (LRI, RLI or FSI) and its PDI is isolated as <bdi> is: an <option>,
      // which holds no markup, isolates a Latin offset so.
      const plain = text.replace(/&[a-z#0-9]+;/g, ' ').replace(/[\u2066-\u2068][^\u2069]*\u2069/g, ' ');
      run.push({ text: plain, isolated: isolated() });
      continue;
    }
    const tag = (rawTag as string).toLowerCase();
    const isVoid = /^(br|img|input|meta|link|hr|source|wbr)$/.test(tag) || attributes.endsWith('/');
    if (blocks.test(tag)) flush();
    if (isVoid) continue;
    if (closing) stack.pop();
    else
      stack.push(
        tag === 'bdi' || /\sdir="/.test(attributes) || tag === 'script' || tag === 'style' || tag === 'svg',
      );
  }
  flush();
  return found;
}
