import { isSecretariat, isWriterOf, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may do what with an introduction. Only the people of the two organisations see it and its
 * conversation; owners and editors answer, write and record outcomes in their organisation's name.
 * The secretariat sees that it exists (who, when, its status) in the list, never its messages.
 */
export type TIntroductionResource = {
  requesterOrganizationId: string;
  receiverOrganizationId: string;
  status: string;
  /** False once either organisation has left the alliance: the introduction is closed. */
  isActive: boolean;
};

export const introductionActions = ['view', 'answer', 'message', 'record', 'list'] as const;
export type TIntroductionAction = (typeof introductionActions)[number];

const inEither = (actor: TActor, r: TIntroductionResource) =>
  actor.organizationRoles.has(r.requesterOrganizationId) ||
  actor.organizationRoles.has(r.receiverOrganizationId);
const writesForEither = (actor: TActor, r: TIntroductionResource) =>
  isWriterOf(actor, r.requesterOrganizationId) || isWriterOf(actor, r.receiverOrganizationId);

const rules: Record<TIntroductionAction, (actor: TActor, r: TIntroductionResource) => boolean> = {
  view: (actor, r) => inEither(actor, r),
  answer: (actor, r) => r.isActive && r.status === 'requested' && isWriterOf(actor, r.receiverOrganizationId),
  message: (actor, r) => r.isActive && r.status === 'accepted' && writesForEither(actor, r),
  record: (actor, r) => r.status === 'accepted' && writesForEither(actor, r),
  /** The list of introductions (organisations, dates, status) without any message. */
  list: (actor) => isSecretariat(actor),
};

export const { can: canIntroduction, authorize: authorizeIntroduction } = definePolicy<
  TIntroductionAction,
  TIntroductionResource
>({
  rules,
  anyResource: {
    requesterOrganizationId: '',
    receiverOrganizationId: '',
    status: 'requested',
    isActive: true,
  },
  seeAction: 'view',
});
