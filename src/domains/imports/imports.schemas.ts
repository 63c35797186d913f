import { z } from 'zod';
import { practiceKinds } from '../practices/index.ts';

/**
 * An import: a document a curator brings in (pasted text, a saved web page, a PDF or a DOCX), the text
 * read from it, and the fields the hub proposes with the place in the text each came from (character
 * offsets) and how sure it is. The curator accepts, edits or drops each field, chooses the kind and
 * makes a draft record of that kind; nothing is published without a person (docs/adr/0067).
 */
export const importKinds = [...practiceKinds, 'event', 'news', 'outcome'] as const;
export type TImportKind = (typeof importKinds)[number];

export function isImportKind(value: string): value is TImportKind {
  return (importKinds as readonly string[]).includes(value);
}

export const importStatuses = ['waiting', 'drafted', 'dropped'] as const;
export type TImportStatus = (typeof importStatuses)[number];

export const sourceKinds = ['paste', 'html', 'pdf', 'docx', 'text'] as const;
export type TSourceKind = (typeof sourceKinds)[number];

/** The fields the hub proposes; list fields (places, partners, goals …) come once per value. */
export const fieldNames = [
  'title',
  'language',
  'kind',
  'date',
  'eventStart',
  'eventEnd',
  'timeZone',
  'country',
  'city',
  'organisation',
  'lead',
  'partner',
  'goal',
  'beneficiary',
  'eligibility',
  'axis',
  'recommendation',
  'concept',
  'summary',
] as const;
export type TFieldName = (typeof fieldNames)[number];

export const decisions = ['proposed', 'accepted', 'dropped'] as const;
export type TDecision = (typeof decisions)[number];

/**
 * One proposed field. `value` is what the record would get (a country code, a concept id, a date …);
 * `shown` is how it reads in the text; `start`/`end` are offsets of the evidence in the import's text
 * (-1 when the value was inferred from the whole text). `detail` carries a matched directory slug, a
 * gazetteer place, a recommendation's verb and axis.
 */
export type TProposedField = {
  field: TFieldName;
  value: string;
  start: number;
  end: number;
  confidence: number;
  decision: TDecision;
  detail?: Record<string, string | number>;
};

export const importLimits = {
  /** Bytes of an uploaded document (the limit named in the refusal). */
  fileBytes: 20 * 1024 * 1024,
  /** Characters of text kept from a document. */
  text: 200_000,
  fieldValue: 5000,
} as const;

export const ZPastedDocument = z.object({
  text: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(importLimits.text, 'validation.tooLong'),
  name: z
    .string()
    .trim()
    .max(200, 'validation.tooLong')
    .optional()
    .transform((v) => v || null),
});
