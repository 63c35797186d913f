/**
 * Names the fields in a form's error summary (ADR 0050).
 *
 * The summary sits at the top of the form, before the fields it names, so when it renders it does not
 * know their labels yet; each entry leaves an empty `<span class="error-field" data-label-for="ID">`.
 * Once the whole page is rendered, this fills each span with the text of the field's own label (the
 * `<label for="ID">`, or the legend of the fieldset with that id) and puts the entries in the order
 * the fields appear on the page. The label text is taken from the rendered, already escaped HTML.
 * An entry whose field has no label keeps only its message.
 */
const marker = 'data-label-for="';

export function nameErrorSummaryFields(html: string): string {
  if (!html.includes(marker)) return html;
  const labelled = new Map<string, { text: string; at: number }>();
  for (const m of html.matchAll(/<label\b[^>]*\bfor="([^"]+)"[^>]*>([\s\S]*?)<\/label>/g)) {
    if (!labelled.has(m[1] as string))
      labelled.set(m[1] as string, { text: textOf(m[2] as string), at: m.index });
  }
  for (const m of html.matchAll(
    /<fieldset\b[^>]*\bid="([^"]+)"[^>]*>\s*<legend\b[^>]*>([\s\S]*?)<\/legend>/g,
  )) {
    if (!labelled.has(m[1] as string))
      labelled.set(m[1] as string, { text: textOf(m[2] as string), at: m.index });
  }
  const withNames = html.replace(
    /<span class="error-field" data-label-for="([^"]+)"><\/span>/g,
    (_all, id: string) => {
      const label = labelled.get(id);
      return label ? `<span class="error-field">${label.text}</span> ` : '';
    },
  );
  // Entries in page order: each list carries data-error-list, each entry data-error-for.
  return withNames.replace(
    /(<ul data-error-list="">)([\s\S]*?)(<\/ul>)/g,
    (_all, open: string, items: string, close: string) => {
      const entries = [...items.matchAll(/<li data-error-for="([^"]*)">[\s\S]*?<\/li>/g)];
      const position = (id: string) => labelled.get(id)?.at ?? Number.MAX_SAFE_INTEGER;
      const sorted = entries
        .map((e, index) => ({ html: e[0], id: e[1] as string, index }))
        .sort((a, b) => position(a.id) - position(b.id) || a.index - b.index);
      return `${open}${sorted.map((e) => e.html).join('')}${close}`;
    },
  );
}

function textOf(labelHtml: string): string {
  return labelHtml
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
