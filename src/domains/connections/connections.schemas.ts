import { z } from 'zod';
import { findConcept, isKnownCountry } from '../../taxonomy/taxonomy.ts';

/**
 * Offers and needs as organisations write them (issue 14). What is offered or needed (the kind of
 * help), about what (care taxonomy concepts), where (countries, regions or anywhere), in which
 * languages the organisation can work, and until when.
 */
export const listingKinds = ['offer', 'need'] as const;
export type TListingKind = (typeof listingKinds)[number];

export function isListingKind(value: string): value is TListingKind {
  return (listingKinds as readonly string[]).includes(value);
}

/** The other side of a match: an offer is matched with needs, a need with offers. */
export function oppositeKind(kind: TListingKind): TListingKind {
  return kind === 'offer' ? 'need' : 'offer';
}

export const helpKinds = [
  'expertise',
  'technical_assistance',
  'funding',
  'data_research',
  'training',
  'mentoring',
  'technology',
  'volunteers',
  'venue',
] as const;
export type THelpKind = (typeof helpKinds)[number];

export function isHelpKind(value: string): value is THelpKind {
  return (helpKinds as readonly string[]).includes(value);
}

/** open: listed and matched; met: what was offered was taken, or what was needed was found; withdrawn. */
/** "left": closed because its organisation left the alliance; "expired": closed once past its date. */
export const listingStatuses = ['open', 'met', 'withdrawn', 'left', 'expired'] as const;
export type TListingStatus = (typeof listingStatuses)[number];
export const closingReasons = ['met', 'withdrawn'] as const;

/** The concept schemes a listing may be about (places are given apart). */
export const topicSchemes = ['theme', 'population', 'five_r', 'sdg_target'] as const;

export function isTopicConcept(id: string): boolean {
  const scheme = findConcept(id)?.scheme;
  return scheme !== undefined && (topicSchemes as readonly string[]).includes(scheme);
}

/** Languages an organisation may say it works in: the interface languages and other widely used ones. */
export const workingLanguageTags = [
  'en',
  'es',
  'fr',
  'ru',
  'ar',
  'pl',
  'pt',
  'de',
  'it',
  'zh',
  'hi',
  'sw',
  'tr',
  'uk',
  'fa',
  'id',
] as const;

export const listingLimits = { title: 200, description: 8000, concepts: 12, places: 30 } as const;

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()))].filter(Boolean),
  );

export const ZListingInput = z
  .object({
    organizationId: z.string().trim().min(1, 'validation.required').max(64),
    helpKind: z.enum(helpKinds, { error: 'validation.invalidChoice' }),
    title: z.string().trim().min(1, 'validation.required').max(listingLimits.title, 'validation.tooLong'),
    description: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .max(listingLimits.description, 'validation.tooLong'),
    /** Empty: detected from the text by the analyser. */
    language: z
      .string()
      .trim()
      .regex(/^([a-z]{2,3})?$/, 'validation.invalidChoice')
      .default(''),
    concepts: many.pipe(
      z
        .array(z.string().refine(isTopicConcept, 'validation.invalidChoice'))
        .max(listingLimits.concepts, 'connections.errors.tooManyConcepts'),
    ),
    countries: many.pipe(
      z
        .array(
          z
            .string()
            .toUpperCase()
            .refine((c) => isKnownCountry(c), 'validation.invalidChoice'),
        )
        .max(listingLimits.places, 'connections.errors.tooManyPlaces'),
    ),
    regions: many.pipe(
      z
        .array(z.string().refine((r) => findConcept(r)?.scheme === 'region', 'validation.invalidChoice'))
        .max(listingLimits.places, 'connections.errors.tooManyPlaces'),
    ),
    isAnywhere: z.boolean().default(false),
    workingLanguages: many.pipe(
      z
        .array(z.enum(workingLanguageTags, { error: 'validation.invalidChoice' }))
        .min(1, 'connections.errors.workingLanguages'),
    ),
    /** YYYY-MM-DD or empty (open until closed). */
    openUntil: z
      .string()
      .trim()
      .refine(
        (d) => d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))),
        'validation.invalidFormat',
      )
      .default(''),
  })
  .superRefine((l, ctx) => {
    if (!l.isAnywhere && l.countries.length === 0 && l.regions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'connections.errors.where' });
  });
export type TListingInput = z.infer<typeof ZListingInput>;
export type TListingInputRaw = z.input<typeof ZListingInput>;

export const ZCloseInput = z.object({
  reason: z.enum(closingReasons, { error: 'validation.invalidChoice' }),
  version: z.coerce.number().int().min(1),
});
