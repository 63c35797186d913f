import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { announceListingsChanged } from './connection-term-memory.ts';
import { closeOpenListingsOf } from './connections.repository.ts';
import { composeIntroductionMail } from './introductions.mail.ts';
import {
  closeWaitingIntroduction,
  findWritersOf,
  listLiveIntroductionsOf,
} from './introductions.repository.ts';

/**
 * What connections does when an organisation leaves the alliance (ADR 0048), inside the membership
 * domain's transaction: its open offers and needs close ("left"), leave matching and search; requests
 * still waiting for an answer, to it or from it, close; and the owners and editors of **both** sides of
 * every waiting request and every conversation are told by mail, each in their language, that it is
 * closed because that organisation left. Accepted conversations keep their status (their history stays
 * readable to the two parties) and read "closed" because one side is no longer a member.
 */
export type TLeavingOrganization = { organizationId: string; organizationName: string; at: string };

export async function closeConnectionsOfLeaver(
  deps: TDeps,
  trx: TDb,
  leaving: TLeavingOrganization,
): Promise<{ counts: Record<string, number>; afterCommit: () => void }> {
  const listingIds = await closeOpenListingsOf(trx, leaving.organizationId, 'left', leaving.at);
  for (const id of listingIds) await deps.search.removeDocument(id, { db: trx });
  let requestsClosed = 0;
  let conversationsClosed = 0;
  for (const intro of await listLiveIntroductionsOf(trx, leaving.organizationId)) {
    if (intro.status === 'requested') {
      if (!(await closeWaitingIntroduction(trx, intro.id, leaving.at))) continue;
      requestsClosed += 1;
    } else conversationsClosed += 1;
    for (const side of [intro.requester, intro.receiver]) {
      const other = side.id === intro.requester.id ? intro.receiver : intro.requester;
      for (const person of await findWritersOf(trx, side.id))
        await deps.mailer.enqueue(
          trx,
          composeIntroductionMail('left', person, {
            organization: leaving.organizationName,
            other: other.name,
            subject: intro.subjectTitle,
            link: `${deps.config.publicUrl}/${person.locale || 'en'}/workspace/connections/introductions/${intro.id}`,
            dedupeKey: `connections:${intro.id}:left:${person.id}`,
          }),
        );
    }
  }
  return {
    counts: { listingsClosed: listingIds.length, requestsClosed, conversationsClosed },
    afterCommit: () => {
      if (listingIds.length > 0) announceListingsChanged(listingIds);
    },
  };
}
