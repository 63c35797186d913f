/**
 * Helpers for the tests that walk a form without JavaScript (issue 16): what the error summary names,
 * and what a form asks for in words.
 */

/** The field names the error summary at the top of a page shows (filled in from the fields' labels). */
export function errorSummaryNames(html: string): string[] {
  const summary = /<div[^>]*class="notice error error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<span class="error-field">([^<]*)<\/span>/g)].map((m) => m[1] as string);
}

/** The legends of a form's repeated rows ("Evidence 2"), in page order. */
export function rowLegends(html: string): string[] {
  return [...html.matchAll(/<fieldset class="repeat-row"[^>]*>\s*<legend>([^<]*)<\/legend>/g)].map(
    (m) => m[1] as string,
  );
}
