/**
 * The one CSV writer for exports: CRLF lines, a byte-order mark by default (so spreadsheets read
 * UTF-8), lists joined into one cell, and text cells that a spreadsheet would run as a formula
 * (=, +, -, @, tab or carriage return first) prefixed with an apostrophe; numbers stay numbers.
 * A cell is quoted when it holds a quote, comma, semicolon or line break (or always, with
 * isEveryCellQuoted).
 */
export type TCsvValue = string | number | boolean | readonly string[] | null | undefined;

export type TCsvOptions = {
  /** Start the text with a byte-order mark (default true). */
  hasByteOrderMark?: boolean;
  /** Quote every cell, the header's too, not only those that need it (default false). */
  isEveryCellQuoted?: boolean;
  /** What joins a list into one cell (default "|"). */
  listSeparator?: string;
};

export function csvCell(value: TCsvValue, options: TCsvOptions = {}): string {
  const text =
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.join(options.listSeparator ?? '|')
        : String(value);
  // A number is data, never a formula: -3 stays -3.
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return options.isEveryCellQuoted || /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A header line and a line per row, each row's cells in the header's order. */
export function toCsvTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly TCsvValue[]>,
  options: TCsvOptions = {},
): string {
  const lines = [header, ...rows].map((cells) => cells.map((cell) => csvCell(cell, options)).join(','));
  return `${options.hasByteOrderMark === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** Rows as records: the columns name both the header and, in that order, each row's cells. */
export function toCsvText<C extends string>(
  columns: readonly C[],
  rows: ReadonlyArray<Record<C, TCsvValue>>,
  options: TCsvOptions = {},
): string {
  return toCsvTable(
    columns,
    rows.map((row) => columns.map((c) => row[c])),
    options,
  );
}
