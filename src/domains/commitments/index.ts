/**
 * The commitments domain's door (ADR 0019): what other domains may use. Pages, feeds and jobs are
 * mounted by compose.ts from their own files.
 */

export {
  commitmentsOfOrganization,
  linkCommitmentToConnection,
  publishedCommitmentLinks,
  type TCommitmentChoice,
} from './commitment-connections.service.ts';
export { commitmentSearchSource } from './commitment-indexing.ts';
export { emptyCommitmentFilter } from './commitments.schemas.ts';
export {
  findCommitmentForIntroduction,
  listCommitmentChoices,
  readPublishedList,
  type TCommitmentForIntroduction,
} from './commitments-read.service.ts';
