import { z } from '@hono/zod-openapi';

/**
 * Whole numbers in list queries (limit, offset, page, pageSize): digits only and at most `max`, so a
 * value such as 99999999999999999999 is a 400 here instead of an overflow in the database driver.
 * Handlers still clamp what they accept below `max` (a limit over the page size is the page size).
 */
export function queryInteger(max: number, description?: string) {
  const schema = z
    .string()
    .regex(/^\d{1,9}$/)
    .refine((value) => Number(value) <= max, { message: `at most ${max}` })
    .optional();
  return description ? schema.openapi({ description }) : schema;
}
