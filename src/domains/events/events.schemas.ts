import { z } from 'zod';
import {
  noControlCharacters,
  optionalText,
  requiredText,
  ZHttpUrl,
  ZLanguageTag,
} from '../../core/text-fields.ts';
import { isConceptOf, isKnownCountry, type TConceptScheme } from '../../taxonomy/taxonomy.ts';
import { eventFormats, eventKinds, recommendationVerbs, registrationModes } from './event-vocabulary.ts';

/**
 * An event as organisers write it and the API returns it. Error messages are message keys. The form
 * (event-form.ts) turns its fields into this shape, so the form and the API accept the same records.
 * Times are wall-clock times in the event's own IANA zone; the service turns them into instants.
 */
export { optionalText, requiredText, ZHttpUrl, ZLanguageTag };

export const eventLimits = {
  title: 300,
  summary: 1000,
  description: 30_000,
  shortText: 300,
  url: 1000,
  listItems: 30,
  questions: 5,
  capacity: 100_000,
} as const;

/** "2026-01-28T15:15": a wall-clock date and time, no zone (the zone is its own field). */
export const ZLocalDateTime = z
  .string({ error: 'validation.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'events.errors.dateTime');

export const ZOccurrence = z.enum(['earlier', 'later']).optional();

const conceptList = (scheme: TConceptScheme) =>
  z
    .array(z.string().refine((id) => isConceptOf(scheme, id), 'validation.invalidChoice'))
    .max(eventLimits.listItems, 'validation.tooLong')
    .default([])
    .transform((ids) => [...new Set(ids)]);

const slugList = z
  .array(z.string().trim().toLowerCase().max(120, 'validation.tooLong'))
  .max(eventLimits.listItems, 'validation.tooLong')
  .default([])
  .transform((slugs) => [...new Set(slugs.filter(Boolean))]);

const translationText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid')
    .nullish()
    .transform((v) => (v ? v : null));

export const ZEventTranslation = z.object({
  title: translationText(eventLimits.title),
  summary: translationText(eventLimits.summary),
  description: translationText(eventLimits.description),
});
export type TEventTranslation = { title: string | null; summary: string | null; description: string | null };

export const ZEventInput = z
  .object({
    title: requiredText(eventLimits.title),
    summary: requiredText(eventLimits.summary),
    description: optionalText(eventLimits.description).transform((v) => v ?? ''),
    language: ZLanguageTag,
    translations: z.record(ZLanguageTag, ZEventTranslation).default({}),
    kind: z.enum(eventKinds, { error: 'validation.invalidChoice' }),
    format: z.enum(eventFormats, { error: 'validation.invalidChoice' }),
    timeZone: requiredText(64),
    start: ZLocalDateTime,
    end: ZLocalDateTime,
    startOccurrence: ZOccurrence,
    endOccurrence: ZOccurrence,
    venue: optionalText(eventLimits.shortText),
    address: optionalText(eventLimits.shortText),
    city: optionalText(eventLimits.shortText),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => isKnownCountry(c), 'events.errors.country')
      .nullish()
      .transform((v) => v ?? null),
    latitude: z.number().min(-90, 'events.errors.latitude').max(90, 'events.errors.latitude').nullish(),
    longitude: z.number().min(-180, 'events.errors.longitude').max(180, 'events.errors.longitude').nullish(),
    onlineUrl: ZHttpUrl.nullish().transform((v) => v ?? null),
    isOnlineUrlPrivate: z.boolean().default(false),
    registrationMode: z.enum(registrationModes, { error: 'validation.invalidChoice' }).default('none'),
    registrationUrl: ZHttpUrl.nullish().transform((v) => v ?? null),
    capacity: z
      .number({ error: 'events.errors.capacity' })
      .int('events.errors.capacity')
      .min(1, 'events.errors.capacity')
      .max(eventLimits.capacity, 'events.errors.capacity')
      .nullish()
      .transform((v) => v ?? null),
    questions: z
      .array(requiredText(eventLimits.shortText))
      .max(eventLimits.questions, 'validation.tooLong')
      .default([]),
    languages: z.array(ZLanguageTag).max(eventLimits.listItems, 'validation.tooLong').default([]),
    interpretation: z.array(ZLanguageTag).max(eventLimits.listItems, 'validation.tooLong').default([]),
    themes: conceptList('theme'),
    organizers: slugList,
    relatedPractices: slugList,
    relatedCommitments: slugList,
  })
  .superRefine((e, ctx) => {
    if (e.registrationMode === 'external' && !e.registrationUrl) {
      ctx.addIssue({ code: 'custom', path: ['registrationUrl'], message: 'events.errors.registrationUrl' });
    }
    if (e.format !== 'in_person' && !e.onlineUrl && e.isOnlineUrlPrivate) {
      ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'events.errors.onlineUrl' });
    }
  });
export type TEventInput = z.infer<typeof ZEventInput>;
export type TEventInputRaw = z.input<typeof ZEventInput>;

export const ZRegistrationForm = z.object({
  name: requiredText(200),
  email: z.string().trim().toLowerCase().max(320, 'validation.tooLong').pipe(z.email('validation.email')),
  answers: z.array(z.string().trim().max(2000, 'validation.tooLong')).max(eventLimits.questions).default([]),
});
export type TRegistrationForm = z.infer<typeof ZRegistrationForm>;

export const ZOutcomeInput = z.object({
  summary: optionalText(eventLimits.description).transform((v) => v ?? ''),
  axes: z.array(requiredText(eventLimits.shortText)).max(20, 'validation.tooLong').default([]),
  recordings: z
    .array(z.object({ title: requiredText(eventLimits.shortText), url: ZHttpUrl }))
    .max(20)
    .default([]),
  documents: z
    .array(z.object({ title: requiredText(eventLimits.shortText), url: ZHttpUrl }))
    .max(20)
    .default([]),
});
export type TOutcomeInput = z.infer<typeof ZOutcomeInput>;

export const ZRecommendationInput = z.object({
  axis: z.number({ error: 'validation.invalidChoice' }).int().min(1, 'validation.invalidChoice'),
  verb: z.enum(recommendationVerbs, { error: 'validation.invalidChoice' }),
  text: requiredText(5000),
  language: ZLanguageTag,
  themes: conceptList('theme'),
  addressees: z.array(requiredText(200)).max(20, 'validation.tooLong').default([]),
});
export type TRecommendationInput = z.infer<typeof ZRecommendationInput>;
