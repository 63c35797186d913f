import type { Child } from 'hono/jsx';
import type { TViewContext } from '../view-context.ts';

/**
 * A page's filters behind one "Filter (n)" button on a phone, so the results come first; on wider
 * screens the filters show as before (the button is hidden and the content shown by CSS, and
 * app.js opens the disclosure where the browser lacks ::details-content). No script is needed.
 */
export function FilterDisclosure({
  ctx,
  count,
  children,
}: {
  ctx: TViewContext;
  /** How many filters are on, shown in the button. */
  count: number;
  children: Child;
}) {
  return (
    <details class="filter-disclosure">
      <summary>{ctx.t('common.filter', { count })}</summary>
      <div class="filter-disclosure-body">{children}</div>
    </details>
  );
}
