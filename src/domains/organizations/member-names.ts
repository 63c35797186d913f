import type { TDeps } from '../../deps.ts';
import { listMemberNames } from './organizations.repository.ts';

/**
 * The member directory as a document can name it: each member's name in every language it has and
 * its acronym, for matching organisations named in imported documents (issue 18).
 */
export type TMemberName = { id: string; slug: string; name: string; acronym: string | null; names: string[] };

export function readMemberNames(deps: Pick<TDeps, 'db'>): Promise<TMemberName[]> {
  return listMemberNames(deps.db);
}
