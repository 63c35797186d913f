import type { TDeps } from '../../deps.ts';
import { findCommitmentForIntroduction } from '../commitments/index.ts';
import { findPracticeForIntroduction } from '../practices/index.ts';
import type { TEvent } from './events.record.ts';

/** A related record as an event page names it: its title in its own language, and where it lives. */
export type TRelatedRecord = {
  kind: 'practice' | 'commitment';
  slug: string;
  title: string;
  language: string;
};

/**
 * The practices and commitments an event names, by their titles: only those the public may read (a draft
 * or a withdrawn record is left out, neither its title nor its address shown), in the organisers' order.
 */
export async function readRelatedRecords(deps: Pick<TDeps, 'db'>, event: TEvent): Promise<TRelatedRecord[]> {
  const practices = await Promise.all(
    event.relatedPractices.map((slug) => findPracticeForIntroduction(deps, slug)),
  );
  const commitments = await Promise.all(
    event.relatedCommitments.map((slug) => findCommitmentForIntroduction(deps, slug)),
  );
  return [
    ...practices.flatMap((p) =>
      p ? [{ kind: 'practice' as const, slug: p.slug, title: p.title, language: p.language }] : [],
    ),
    ...commitments.flatMap((c) =>
      c ? [{ kind: 'commitment' as const, slug: c.slug, title: c.title, language: c.language }] : [],
    ),
  ];
}
