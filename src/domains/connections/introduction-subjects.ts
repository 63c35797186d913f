import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findPracticeForIntroduction } from '../practices/index.ts';
import type { TListing, TListingOrganization } from './connections.record.ts';
import { findOrganizationForListing } from './connections.repository.ts';
import { isListed, todayOf } from './connections.service.ts';

/**
 * What an introduction is about (issue 14): an offer, a need, or a practice ("learn from this
 * practice"). The request flow, limits, privacy and mail are the same for all; only where the subject
 * lives and when it is open differ.
 */
export type TIntroductionSubjectType = 'offer' | 'need' | 'practice';

export type TIntroductionSubject = {
  type: TIntroductionSubjectType;
  /** The listing's id, or the practice's slug (what its page address uses). */
  id: string;
  title: string;
  language: string;
  organization: TListingOrganization;
  /** Whether a request may be made now: an open listing, or a practice of a member organisation. */
  isOpen: boolean;
};

/** The page of an introduction's subject, for links from the request form and the thread. */
export function subjectPath(type: string, id: string): string {
  if (type === 'practice') return `/practices/${encodeURIComponent(id)}`;
  return `/connections/${type === 'offer' ? 'offers' : 'needs'}/${id}`;
}

/** Where the request form of a subject lives. */
export function introductionFormPath(subject: Pick<TIntroductionSubject, 'type' | 'id'>): string {
  if (subject.type === 'practice')
    return `/connections/practices/${encodeURIComponent(subject.id)}/introduction`;
  return `${subjectPath(subject.type, subject.id)}/introduction`;
}

export function subjectOfListing(deps: TDeps, listing: TListing): TIntroductionSubject {
  return {
    type: listing.kind,
    id: listing.id,
    title: listing.title,
    language: listing.language,
    organization: listing.organization,
    isOpen: isListed(listing, todayOf(deps)),
  };
}

/** A published practice linked to an organisation, reached through the practices domain's door; else 404. */
export async function subjectOfPractice(deps: TDeps, slug: string): Promise<TIntroductionSubject> {
  const practice = slug.length <= 200 ? await findPracticeForIntroduction(deps, slug) : undefined;
  const organization = practice?.organizationId
    ? await findOrganizationForListing(deps.db, practice.organizationId)
    : undefined;
  if (!practice || !organization) throw new AppError('not_found');
  const { isMember, ...rest } = organization;
  return {
    type: 'practice',
    id: practice.slug,
    title: practice.title,
    language: practice.language,
    organization: rest,
    isOpen: isMember,
  };
}
