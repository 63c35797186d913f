import type { Child } from 'hono/jsx';
import type { TActor } from '../../core/actor.ts';
import type { TRecordRef } from '../../core/record-sections.ts';
import type { TDeps } from '../../deps.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import { readRecordSources } from './import-sources.service.ts';
import { RecordSources } from './views/record-sources.tsx';

/** The record page's section of source documents (registered by compose.ts); null when none is shown. */
export async function renderRecordSourcesSection(
  deps: TDeps,
  ctx: TViewContext,
  actor: TActor,
  record: TRecordRef,
): Promise<Child | null> {
  const sources = await readRecordSources(deps, actor, record);
  return sources.length > 0 ? <RecordSources ctx={ctx} sources={sources} /> : null;
}
