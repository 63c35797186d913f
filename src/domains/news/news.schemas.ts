import { z } from 'zod';
import {
  optionalText,
  requiredText,
  translationText,
  ZLanguageTag,
  ZOptionalSlug,
} from '../../core/text-fields.ts';
import { isKnownCountry } from '../../taxonomy/taxonomy.ts';

/**
 * News articles as editors write them and the API returns them. The featured image is optional, but
 * an image without alternative text is refused: people who cannot see it must know what it shows.
 */
export const newsCategories = ['alliance', 'members', 'advocacy', 'policy', 'research', 'events'] as const;
export type TNewsCategory = (typeof newsCategories)[number];

export function isNewsCategory(value: string): value is TNewsCategory {
  return (newsCategories as readonly string[]).includes(value);
}

export const newsStatuses = ['draft', 'published', 'unpublished'] as const;
export type TNewsStatus = (typeof newsStatuses)[number];

export const newsLimits = { title: 300, summary: 1000, body: 50_000, alt: 500 } as const;

export const ZNewsTranslation = z.object({
  title: translationText(newsLimits.title),
  summary: translationText(newsLimits.summary),
  body: translationText(newsLimits.body),
});
export type TNewsTranslation = { title: string | null; summary: string | null; body: string | null };

export const ZNewsInput = z
  .object({
    title: requiredText(newsLimits.title),
    summary: requiredText(newsLimits.summary),
    body: requiredText(newsLimits.body),
    language: ZLanguageTag,
    category: z.enum(newsCategories, { error: 'validation.invalidChoice' }),
    organization: ZOptionalSlug,
    /** The country the article is about, for the key figure beside it. */
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => c === '' || isKnownCountry(c), 'news.errors.country')
      .nullish()
      .transform((v) => v || null),
    /** Set by the service: a picture is being uploaded, or the article keeps the one it has. */
    hasImage: z.boolean().default(false),
    imageAlt: optionalText(newsLimits.alt),
    translations: z.record(ZLanguageTag, ZNewsTranslation).default({}),
  })
  .superRefine((a, ctx) => {
    if (a.hasImage && !a.imageAlt) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'news.errors.imageAlt' });
    }
  });
export type TNewsInput = z.infer<typeof ZNewsInput>;
export type TNewsInputRaw = z.input<typeof ZNewsInput>;
