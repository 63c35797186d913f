import type { Context } from 'hono';
import type { z } from 'zod';
import { fieldErrorsOf, type TFormValues } from '../core/validation.ts';

/**
 * Form handling shared by every page: read the submitted fields, validate them with a zod schema,
 * and on failure hand back what the user typed plus one message key per field, so the page can be
 * re-rendered (status 422) with nothing lost.
 *
 * Schemas give message keys as their error messages, e.g. z.string().min(1, 'validation.required');
 * core/validation.ts maps every other issue, the same way for forms and services.
 */
export type { TFormValues };

export type TFormResult<T> =
  | { isValid: true; data: T; values: TFormValues }
  | { isValid: false; values: TFormValues; fieldErrors: Record<string, string> };

/** Fields never echoed back into a re-rendered form. */
const secretFields = new Set(['password', 'passwordConfirmation', 'currentPassword', 'newPassword', '_csrf']);

export async function readForm(c: Context): Promise<{ values: TFormValues; files: Record<string, File[]> }> {
  const body = await c.req.parseBody({ all: true });
  const values: TFormValues = {};
  const files: Record<string, File[]> = {};
  for (const [key, raw] of Object.entries(body)) {
    const list = Array.isArray(raw) ? raw : [raw];
    const strings = list.filter((v): v is string => typeof v === 'string');
    const fileList = list.filter((v): v is File => typeof v !== 'string' && v.size > 0);
    if (fileList.length > 0) files[key] = fileList;
    if (strings.length > 0) values[key] = Array.isArray(raw) ? strings : (strings[0] ?? '');
  }
  return { values, files };
}

export function validateForm<TSchema extends z.ZodType>(
  schema: TSchema,
  values: TFormValues,
): TFormResult<z.infer<TSchema>> {
  const parsed = schema.safeParse(values);
  const kept = keepableValues(values);
  if (parsed.success) return { isValid: true, data: parsed.data, values: kept };
  return { isValid: false, values: kept, fieldErrors: fieldErrorsOf(parsed.error.issues) };
}

export async function parseForm<TSchema extends z.ZodType>(c: Context, schema: TSchema) {
  const { values, files } = await readForm(c);
  return { ...validateForm(schema, values), files };
}

function keepableValues(values: TFormValues): TFormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secretFields.has(key)));
}

/** A string field: trimmed; empty strings count as missing. */
export function firstValue(values: TFormValues, key: string): string {
  const value = values[key];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}
