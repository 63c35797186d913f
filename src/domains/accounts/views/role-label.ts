import type { TViewContext } from '../../../ui/view-context.ts';

/** A role's name in the reader's language; a role the hub has no name for is shown as stored. */
export function roleLabel(ctx: TViewContext, role: string): string {
  return ctx.i18n.has(`accounts.role.${role}`) ? ctx.t(`accounts.role.${role}`) : role;
}
