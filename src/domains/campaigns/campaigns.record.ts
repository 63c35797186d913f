import type {
  TCampaignScope,
  TCampaignStatus,
  TCampaignTranslation,
  TMaterial,
} from './campaigns.schemas.ts';

/**
 * The campaigns domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TCampaign = {
  id: string;
  slug: string;
  status: TCampaignStatus;
  language: string;
  title: string;
  goal: string;
  callToAction: string;
  body: string;
  translations: Record<string, TCampaignTranslation>;
  scope: TCampaignScope;
  countries: string[];
  themes: string[];
  startsOn: string | null;
  endsOn: string | null;
  materials: TMaterial[];
  imageUrl: string | null;
  imageAlt: string | null;
  organizationId: string | null;
  organization: { slug: string; name: string } | null;
  endorsementCount: number;
  createdBy: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};
export type TEndorsement = {
  organizationId: string;
  slug: string;
  name: string;
  nameTranslations: Record<string, string>;
  countries: string[];
  statement: string | null;
  createdAt: string;
};
/** A file or image a campaign's leads uploaded, with what the page shows of it. */
export type TCampaignMaterial = {
  id: string;
  campaignId: string;
  kind: 'file' | 'image';
  title: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  uploadId: string;
  storageKey: string;
  originalName: string;
  contentType: string;
  byteSize: number;
  addedAt: string;
};
