import assert from 'node:assert/strict';

/**
 * The lines of a CSV download (the header first), after checking that it is sent as UTF-8 CSV; the byte
 * order mark spreadsheets need and the last line break are left out.
 */
export async function csvLines(res: Response): Promise<string[]> {
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  return (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
}
