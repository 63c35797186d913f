import { z } from 'zod';

/**
 * Text fields that several domains' schemas share: required and optional trimmed text with a length
 * limit, an http(s) address and a language tag. Messages are message keys (core/validation.ts).
 */

/** No control characters other than tab and line breaks. */
export const noControlCharacters = (v: string) => !/[^\P{Cc}\t\n\r]/u.test(v);

export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid');

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid')
    .optional()
    .transform((v) => (v ? v : null));

/** http(s) only: a javascript: or data: address is refused, not stored. */
export const ZHttpUrl = z
  .string()
  .trim()
  .max(1000, 'validation.tooLong')
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'events.errors.url');

export const ZLanguageTag = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'events.errors.language');

/** One field of a record's translation: trimmed, bounded, and null when left empty or not sent. */
export const translationText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null));

/** The slug of a record a form names (the organisation a campaign or an article speaks for), null when none. */
export const ZOptionalSlug = z
  .string()
  .trim()
  .max(120)
  .nullish()
  .transform((v) => v || null);
