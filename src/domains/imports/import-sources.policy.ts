import { isCurator, isSecretariat, isWriterOf, type TActor } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who sees the document a record was made from (docs/adr/0082). The record's own rules decide who sees
 * the record; on top of that, a private source is for curators, the secretariat, and the owners and
 * editors of the record's organisations (or of the organisation that imported it); a public one is for
 * everyone who sees the record. Only curators and admins switch a source between public and private.
 */
export type TSourceResource = {
  isSourcePublic: boolean;
  /** The organisation the import belongs to (a member's import), if any. */
  organizationId: string | null;
  /** The organisations of the record it became: a practice's organisation, an event's organisers… */
  recordOrganizationIds: readonly string[];
};

export const sourceActions = ['seeSource', 'setSourceVisibility'] as const;
export type TSourceAction = (typeof sourceActions)[number];

const isRecordSide = (actor: TActor, r: TSourceResource) =>
  isCurator(actor) ||
  isSecretariat(actor) ||
  (r.organizationId !== null && isWriterOf(actor, r.organizationId)) ||
  r.recordOrganizationIds.some((id) => isWriterOf(actor, id));

const rules: Record<TSourceAction, (actor: TActor, r: TSourceResource) => boolean> = {
  seeSource: (actor, r) => r.isSourcePublic || isRecordSide(actor, r),
  setSourceVisibility: (actor) => isCurator(actor),
};

export const { can: canOnSource, authorize: authorizeOnSource } = definePolicy<
  TSourceAction,
  TSourceResource
>({
  rules,
  anyResource: { isSourcePublic: false, organizationId: null, recordOrganizationIds: [] },
  seeAction: 'seeSource',
});
