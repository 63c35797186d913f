/**
 * CSV for open-data exports: a byte-order mark (so spreadsheets read UTF-8), CRLF lines, lists joined
 * with "|", and cells that a spreadsheet would run as a formula (=, +, -, @) prefixed with a quote.
 */
export type TCsvValue = string | number | boolean | readonly string[] | null | undefined;

export function csvCell(value: TCsvValue): string {
  const text =
    value === null || value === undefined ? '' : Array.isArray(value) ? value.join('|') : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsvText<C extends string>(
  columns: readonly C[],
  rows: ReadonlyArray<Record<C, TCsvValue>>,
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
