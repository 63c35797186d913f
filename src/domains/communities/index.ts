/**
 * The communities domain's door: what other domains may read (record types and read functions).
 * Routes are mounted by compose.ts from communities.web.tsx, never re-exported here.
 */
export type { TCommunity, TThread } from './communities.record.ts';
export { deleteInboundMailOf as eraseCommunityMailOf } from './communities.repository.ts';
export { communityText } from './communities.service.ts';
export {
  communitySitemapSource,
  countPublicCommunities,
} from './communities-public.service.ts';
export { mayReadCommunityContent } from './community-readers.ts';
export { handOverFacilitationsOf } from './facilitation-handover.ts';
export { renderOrganizationCommunities } from './profile-section.tsx';
export {
  isReplyAddress,
  replyAddressDays,
  replyAddressFor,
  type TReplyAddressCheck,
  verifyReplyAddress,
} from './reply-address.ts';
export { threadSearchSource, threadSearchType } from './thread-indexing.ts';
