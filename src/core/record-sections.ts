import type { Child } from 'hono/jsx';
import type { TDeps } from '../deps.ts';
import type { TViewContext } from '../ui/view-context.ts';
import type { TActor } from './actor.ts';

/**
 * Sections other domains add to a record's page without the record's domain importing them (the
 * imports domain imports practices, events and news; they cannot import it back): compose.ts
 * registers each section once, and the practice, event and news pages render what they return.
 * The record's domain has already decided that the reader may see the record.
 */
export type TRecordRef = {
  type: 'practice' | 'event' | 'news';
  slug: string;
  /** The organisations that write the record: a practice's organisation, an event's organisers… */
  organizationIds: readonly string[];
};

export type TRecordSection = {
  name: string;
  /** Loads and renders the section; null when it has nothing to show this reader. */
  render(deps: TDeps, ctx: TViewContext, actor: TActor, record: TRecordRef): Promise<Child | null>;
};

const sections = new Map<string, TRecordSection>();

export function registerRecordSection(section: TRecordSection): void {
  sections.set(section.name, section);
}

export async function renderRecordSections(
  deps: TDeps,
  ctx: TViewContext,
  actor: TActor,
  record: TRecordRef,
): Promise<Child[]> {
  const rendered: Child[] = [];
  for (const section of sections.values()) {
    const content = await section.render(deps, ctx, actor, record);
    if (content !== null) rendered.push(content);
  }
  return rendered;
}
