import type { TViewContext } from '../../../ui/view-context.ts';

/** An application's state as a small label; the class lets the stylesheet colour decided states. */
export function StatusBadge({ ctx, status }: { ctx: TViewContext; status: string }) {
  return <span class={`badge status-${status}`}>{ctx.t(`membership.status.${status}`)}</span>;
}
