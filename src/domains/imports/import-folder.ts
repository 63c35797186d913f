import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { isAppError } from '../../platform/errors.ts';
import { findRecordMatches } from './import-matches.ts';
import { findEarlierImportOf, importDocumentBytes } from './import-upload.service.ts';

/**
 * A folder of documents (PDF, DOCX, HTML, text) brought in one by one, each read exactly as an upload
 * is (checked by its bytes, read in the sandbox, stored privately) and left waiting for a curator.
 * A file imported before (the same bytes) is skipped; a document that matches a record already in the
 * hub is reported, and its review page offers it as an update of that record (docs/adr/0076). A
 * document that cannot be imported is reported with the reason, and the others go on.
 */
export type TFolderLine =
  | { name: string; outcome: 'imported'; importId: string; language: string; kind: string; matches: string[] }
  | { name: string; outcome: 'skipped'; importId: string; status: string }
  | { name: string; outcome: 'refused'; reason: string };

export type TFolderReport = { imported: number; skipped: number; refused: number; matching: number };

export function documentNamesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && n !== 'expected.jsonl')
    .filter((n) => statSync(join(dir, n)).isFile())
    .sort();
}

export async function importFolder(
  deps: TDeps,
  actor: TActor,
  dir: string,
  onLine: (line: TFolderLine) => void = () => {},
): Promise<TFolderReport> {
  const report: TFolderReport = { imported: 0, skipped: 0, refused: 0, matching: 0 };
  for (const name of documentNamesIn(dir)) {
    const bytes = readFileSync(join(dir, name));
    const earlier = await findEarlierImportOf(deps, actor, bytes);
    if (earlier) {
      report.skipped++;
      onLine({ name, outcome: 'skipped', importId: earlier.id, status: earlier.status });
      continue;
    }
    try {
      const item = await importDocumentBytes(deps, actor, bytes, name);
      const matches = await findRecordMatches(deps, item, 'en');
      report.imported++;
      if (matches.length > 0) report.matching++;
      onLine({
        name,
        outcome: 'imported',
        importId: item.id,
        language: item.language,
        kind: item.kind,
        matches: matches.map((m) => `${m.recordType} ${m.slug} (same ${m.reasons.join(', ')})`),
      });
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      report.refused++;
      onLine({ name, outcome: 'refused', reason: error.fieldErrors.document ?? 'imports.errors.unreadable' });
    }
  }
  return report;
}
