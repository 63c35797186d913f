import { z } from 'zod';
import { countryCodes } from '../../taxonomy/countries.ts';

/**
 * A place's names: a list (the form's rows, one name each), or for older callers one text with a name
 * a line (or separated by commas); each 1–80 characters, at most 40.
 */
export const placeNameMaxLength = 80;

const tidy = (names: readonly string[]) => [
  ...new Set(names.map((n) => n.normalize('NFC').replace(/\s+/g, ' ').trim()).filter(Boolean)),
];

const ZNames = z
  .union([
    z
      .string()
      .max(4000, 'validation.tooLong')
      .transform((text) => tidy(text.split(/[\n,،]/))),
    z.array(z.string().max(4000, 'validation.tooLong')).transform(tidy),
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
