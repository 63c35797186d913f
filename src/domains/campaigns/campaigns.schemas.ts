import { z } from 'zod';
import {
  optionalText,
  requiredText,
  translationText,
  ZHttpUrl,
  ZLanguageTag,
  ZOptionalSlug,
} from '../../core/text-fields.ts';
import { isConceptOf, isKnownCountry } from '../../taxonomy/taxonomy.ts';

/**
 * Campaigns as their leads write them and the API returns them: a goal, a call to action, a scope
 * (national, regional or global, with countries), a period and materials. Images need a description.
 */
export const campaignScopes = ['national', 'regional', 'global'] as const;
export type TCampaignScope = (typeof campaignScopes)[number];

export const campaignStatuses = ['draft', 'published', 'closed'] as const;
export type TCampaignStatus = (typeof campaignStatuses)[number];

export const materialKinds = ['document', 'image', 'link'] as const;

const ZDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'campaigns.errors.date')
  .nullish()
  .transform((v) => v || null);

export const ZMaterial = z
  .object({
    kind: z.enum(materialKinds).default('link'),
    title: requiredText(300),
    url: ZHttpUrl,
    alt: z
      .string()
      .trim()
      .max(500)
      .nullish()
      .transform((v) => v || null),
  })
  .refine((m) => m.kind !== 'image' || !!m.alt, { message: 'campaigns.errors.materialAlt' });
export type TMaterial = z.infer<typeof ZMaterial>;

export const ZCampaignTranslation = z.object({
  title: translationText(300),
  goal: translationText(2000),
  callToAction: translationText(1000),
  body: translationText(30_000),
});
export type TCampaignTranslation = z.infer<typeof ZCampaignTranslation>;

export const ZCampaignInput = z
  .object({
    title: requiredText(300),
    goal: requiredText(2000),
    callToAction: requiredText(1000),
    body: optionalText(30_000).transform((v) => v ?? ''),
    language: ZLanguageTag,
    translations: z.record(ZLanguageTag, ZCampaignTranslation).default({}),
    scope: z.enum(campaignScopes, { error: 'validation.invalidChoice' }),
    countries: z
      .array(z.string().trim().toUpperCase().refine(isKnownCountry, 'campaigns.errors.country'))
      .max(250)
      .default([])
      .transform((c) => [...new Set(c)]),
    themes: z
      .array(z.string().refine((id) => isConceptOf('theme', id), 'validation.invalidChoice'))
      .max(30)
      .default([]),
    startsOn: ZDay,
    endsOn: ZDay,
    materials: z.array(ZMaterial).max(30, 'validation.tooLong').default([]),
    imageUrl: ZHttpUrl.nullish().transform((v) => v || null),
    imageAlt: optionalText(500),
    organization: ZOptionalSlug,
  })
  .superRefine((c, ctx) => {
    if (c.imageUrl && !c.imageAlt)
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'campaigns.errors.imageAlt' });
    if (c.scope === 'national' && c.countries.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'campaigns.errors.nationalCountry' });
    }
    if (c.startsOn && c.endsOn && c.endsOn < c.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'campaigns.errors.endBeforeStart' });
    }
  });
export type TCampaignInput = z.infer<typeof ZCampaignInput>;
export type TCampaignInputRaw = z.input<typeof ZCampaignInput>;
