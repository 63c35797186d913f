import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { findOrganizationBySlug } from './organizations.repository.ts';

/**
 * The member organisation a piece is written for (a news article, a campaign's lead), by the slug the
 * form sent: one the writer may write for; curators may also name any member, or none. Anything else
 * is refused on the form's `organization` field with the caller's message.
 */
export async function organizationToWriteFor(
  db: TDb,
  actor: TActor,
  slug: string | null,
  refusal: string,
): Promise<string | null> {
  if (!slug && isCurator(actor)) return null;
  const found = slug ? await findOrganizationBySlug(db, slug) : undefined;
  if (
    found?.membershipStatus !== 'member' ||
    (!isCurator(actor) && !writerOrganizationIds(actor).includes(found.id))
  ) {
    throw new AppError('validation_failed', { fieldErrors: { organization: refusal } });
  }
  return found.id;
}
