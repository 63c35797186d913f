import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { diffPractices, type TFieldDiff } from './practice-diff.ts';
import { practiceFor } from './practice-read.service.ts';
import type { TPractice, TPracticeContent } from './practice-record.ts';
import { listRevisions, type TRevisionRow } from './practices.repository.ts';

/** The saved versions of a practice and the comparison of any two of them. */
export type TRevisionsView = {
  practice: TPractice;
  revisions: Omit<TRevisionRow, 'snapshot'>[];
  from: number | null;
  to: number | null;
  diff: TFieldDiff[];
};

export async function compareRevisions(
  deps: TDeps,
  actor: TActor,
  slug: string,
  wanted: { from?: number; to?: number },
): Promise<TRevisionsView> {
  const practice = await practiceFor(deps, actor, slug, 'viewRevisions');
  const rows = await listRevisions(deps.db, practice.id);
  const byVersion = new Map(rows.map((r) => [r.version, r]));
  const newest = rows[0]?.version ?? null;
  const to = wanted.to !== undefined && byVersion.has(wanted.to) ? wanted.to : newest;
  const older = rows.find((r) => to !== null && r.version < to)?.version ?? null;
  const from = wanted.from !== undefined && byVersion.has(wanted.from) ? wanted.from : older;
  const snapshot = (version: number | null): Partial<TPracticeContent> => {
    const row = version === null ? undefined : byVersion.get(version);
    return row ? (JSON.parse(row.snapshot) as TPracticeContent) : {};
  };
  const diff = to === null ? [] : diffPractices(snapshot(from), snapshot(to));
  return {
    practice,
    revisions: rows.map(({ snapshot: _s, ...rest }) => rest),
    from,
    to,
    diff,
  };
}
