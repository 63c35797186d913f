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
export {
  findCommitmentForIntroduction,
  type TCommitmentForIntroduction,
} from './commitments-read.service.ts';
