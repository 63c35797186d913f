/**
 * The organisations domain's door (ADR 0019): what other domains may use. Pages and the API are
 * mounted by compose.ts from their own files.
 */
export { worldMapImageHeight, worldMapImageWidth } from './map/world-map-image.ts';
export { readMemberFigures, type TMemberFigures } from './member-figures.ts';
export { readMemberNames, type TMemberName } from './member-names.ts';
export { organizationSearchSource } from './organization-indexing.ts';
export {
  endOrganizationMembership,
  findOrganizationForMembership,
  type TMemberOrganization,
} from './organization-membership.ts';
export { withCityMapClick } from './organization-place.ts';
export { can as canOrganization } from './organizations.policy.ts';
export type { TOrganizationRecord } from './organizations.record.ts';
export {
  findMembersLike,
  findOrganizationById,
  findOrganizationBySlug,
} from './organizations.repository.ts';
export {
  applicantContactFields,
  missingOrganizationFields,
  organizationDataFrom,
  organizationFormValues,
  type TOrganizationData,
  ZOrganizationFields,
} from './organizations.schemas.ts';
export { createMemberOrganization, type TAcceptedApplication } from './organizations.service.ts';
export { ContactFields } from './views/contact-fields.tsx';
export { OrganizationFieldset } from './views/organization-fieldset.tsx';
export { organizationToWriteFor } from './writing-organization.ts';
