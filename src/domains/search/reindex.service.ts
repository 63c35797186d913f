import { searchSources } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TReindexCount } from '../../platform/search/search-index.ts';

/**
 * The hub's search rebuilt from the records themselves: every registered search source
 * (core/search-sources.ts, registered by compose.ts) walks its own records with its own sync function
 * (public ones are (re)indexed, others removed) and drops the documents of records that are gone.
 * Unlike the platform's rebuildIfRequired (which re-analyses what search_documents already holds),
 * it also finds records that were never indexed, such as those created before their domain joined search.
 */
export type TReindexReport = Array<{ type: string } & TReindexCount>;

/** Reindexes every domain, one after the other; `onType` hears each type's count as it finishes. */
export async function reindexSearch(
  deps: TDeps,
  onType?: (line: TReindexReport[number]) => void,
): Promise<TReindexReport> {
  const report: TReindexReport = [];
  for (const source of searchSources()) {
    const line = { type: source.name, ...(await source.reindex(deps)) };
    report.push(line);
    onType?.(line);
  }
  await deps.search.clearReindexRequired();
  return report;
}

/**
 * After start-up: when a migration asked for it (search_state "reindex", 0012), reindexes in the
 * background and clears the request at the end; the server answers meanwhile. Interrupted, the
 * request stays and the next start runs it again (a reindex is idempotent). Never throws: a failure
 * is logged and retried on the next start.
 */
export async function reindexSearchIfRequired(deps: TDeps): Promise<void> {
  try {
    if (!(await deps.search.isReindexRequired())) return;
    deps.logger.info('search reindex from the records: started');
    const started = performance.now();
    const report = await reindexSearch(deps);
    deps.logger.info(
      { types: report, seconds: Math.round((performance.now() - started) / 100) / 10 },
      'search reindex from the records: done',
    );
  } catch (error) {
    deps.logger.error({ err: error }, 'search reindex from the records failed; the next start tries again');
  }
}
