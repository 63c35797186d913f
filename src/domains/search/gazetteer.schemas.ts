import { z } from 'zod';
import { countryCodes } from '../../taxonomy/countries.ts';

/** A place's names as typed: one per line (or separated by commas); each 1–80 characters, at most 40. */
export const placeNameMaxLength = 80;

const ZNames = z
  .string()
  .max(4000, 'validation.tooLong')
  .transform((text) => [
    ...new Set(
      text
        .split(/[\n,،]/)
        .map((n) => n.normalize('NFC').replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(placeNameMaxLength, 'validation.tooLong'))
      .min(1, 'validation.required')
      .max(40, 'validation.tooLong'),
  );

export const ZNewPlace = z.object({
  id: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'validation.required')
    .max(40, 'validation.tooLong')
    .regex(/^[a-z][a-z0-9_]*$/, 'search.places.errors.id'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => countryCodes.includes(code), 'validation.invalidChoice'),
  names: ZNames,
});
export type TNewPlace = z.infer<typeof ZNewPlace>;

export const ZMoreNames = z.object({ names: ZNames });
