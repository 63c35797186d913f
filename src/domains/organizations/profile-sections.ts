import type { Child } from 'hono/jsx';
import type { TDeps } from '../../deps.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import type { TOrganizationRecord } from './organizations.record.ts';

/**
 * Slots on a member's profile page for what other domains know about the organisation: its
 * practices, commitments and events. A domain registers a section once (from its web module); the
 * profile loads each section's data and renders the ones that return something, in slot order.
 */
export const profileSlots = ['practices', 'commitments', 'events', 'communities', 'connections'] as const;
export type TProfileSlot = (typeof profileSlots)[number];

export type TProfileSection = {
  slot: TProfileSlot;
  /** Loads and renders the section; null hides it (nothing to show yet). */
  render(deps: TDeps, ctx: TViewContext, organization: TOrganizationRecord): Promise<Child | null>;
};

const sections = new Map<TProfileSlot, TProfileSection>();

export function registerProfileSection(section: TProfileSection): void {
  sections.set(section.slot, section);
}

export async function renderProfileSections(
  deps: TDeps,
  ctx: TViewContext,
  organization: TOrganizationRecord,
): Promise<{ slot: TProfileSlot; content: Child }[]> {
  const rendered: { slot: TProfileSlot; content: Child }[] = [];
  for (const slot of profileSlots) {
    const section = sections.get(slot);
    if (!section) continue;
    const content = await section.render(deps, ctx, organization);
    if (content !== null) rendered.push({ slot, content });
  }
  return rendered;
}
