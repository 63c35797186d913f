import type { TNewsCategory, TNewsStatus, TNewsTranslation } from './news.schemas.ts';

/**
 * The news domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TNewsArticle = {
  id: string;
  slug: string;
  status: TNewsStatus;
  category: TNewsCategory;
  organizationId: string | null;
  organization: { slug: string; name: string; nameTranslations: Record<string, string> } | null;
  /** The country the article is about (ISO alpha-2), or null. */
  countryCode: string | null;
  language: string;
  title: string;
  summary: string;
  body: string;
  translations: Record<string, TNewsTranslation>;
  /** A picture given by web address before uploads existed (kept for older articles). */
  imageUrl: string | null;
  imageAlt: string | null;
  /** The uploaded picture (WebP): its public id, storage key and size. */
  image: { id: string; key: string; width: number; height: number } | null;
  createdBy: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};
