import type { Context } from 'hono';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { signInPath } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError, type TErrorCode } from '../../platform/errors.ts';
import type { TListingKind } from './connections.schemas.ts';

/** The steps the offers-and-needs and the introductions pages share. */

/** The kind of listing the address's `:segment` names ("offers", "needs"); any other answers 404. */
export function listingKindOf(c: Context<TAppEnv>): TListingKind {
  const segment = c.req.param('segment');
  if (segment === 'offers') return 'offer';
  if (segment === 'needs') return 'need';
  throw new AppError('not_found');
}

/** An anonymous visitor of a page for signed-in people is sent to sign in, and brought back afterwards. */
export function signInFirst(c: Context<TAppEnv>): Response {
  const ctx = viewContext(c);
  return c.redirect(signInPath(ctx.locale, ctx.href(ctx.localPath)), 302);
}

/**
 * A button's change, answered with a notice back on `path`: `change` returns the notice's key; when it is
 * refused with one of `refusedCodes` (a stale version, an invalid choice) the notice is `refusedKey`.
 */
export async function changeWithFlash(
  c: Context<TAppEnv>,
  path: string,
  change: () => Promise<string>,
  refusedKey: string,
  refusedCodes: readonly TErrorCode[] = ['conflict', 'validation_failed'],
): Promise<Response> {
  let doneKey: string;
  try {
    doneKey = await change();
  } catch (error) {
    if (!isAppError(error) || !refusedCodes.includes(error.code)) throw error;
    return redirectWithFlash(c, path, refusedKey);
  }
  return redirectWithFlash(c, path, doneKey);
}
