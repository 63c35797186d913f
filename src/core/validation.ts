import type { z } from 'zod';
import { AppError } from '../platform/errors.ts';

/**
 * The one mapping from a zod issue to a message key, used by forms and services alike so the same
 * mistake reads the same everywhere. Schemas name their own keys as messages
 * (`z.string().min(1, 'validation.required')`); issues without one fall back by zod issue code.
 */
/** What a submitted form holds: one string per field, or several for repeated fields. */
export type TFormValues = Record<string, string | string[]>;

type TIssue = Pick<z.core.$ZodIssue, 'code' | 'message' | 'path'>;

const isMessageKey = (message: string) => /^[a-z]+\.[\w.]+$/i.test(message) && !message.includes(' ');

export function messageKeyOf(issue: Pick<TIssue, 'code' | 'message'>): string {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return 'validation.required';
    case 'too_big':
      return 'validation.tooLong';
    case 'invalid_format':
      return 'validation.invalidFormat';
    case 'invalid_value':
      return 'validation.invalidChoice';
    default:
      return 'validation.invalid';
  }
}

/** The form field an issue belongs to: its first path segment, or "_form" for the whole form. */
export const firstPathSegment = (path: readonly PropertyKey[]): string => String(path[0] ?? '_form');

/** One message key per field (the first issue wins), as forms re-render them. */
export function fieldErrorsOf(
  issues: readonly TIssue[],
  fieldOf: (path: readonly PropertyKey[]) => string = firstPathSegment,
): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) fieldErrors[fieldOf(issue.path)] ??= messageKeyOf(issue);
  return fieldErrors;
}

/** Parses with the schema or throws validation_failed carrying one message key per field. */
export function parseOrThrow<TSchema extends z.ZodType>(
  schema: TSchema,
  raw: unknown,
  fieldOf?: (path: readonly PropertyKey[]) => string,
): z.infer<TSchema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AppError('validation_failed', { fieldErrors: fieldErrorsOf(parsed.error.issues, fieldOf) });
}
