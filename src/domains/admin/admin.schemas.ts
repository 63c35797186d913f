import { z } from 'zod';
import { outboxStatuses } from './admin.record.ts';

/**
 * Query strings of the admin lists. They come from links and bookmarks, so anything odd falls back
 * to the default instead of failing the page.
 */
const ZPage = z.coerce.number().int().min(1).max(100_000).catch(1);
const ZQueryText = z.string().trim().max(200).catch('');

export const ZPeopleQuery = z.object({ q: ZQueryText.default(''), page: ZPage.default(1) });
export const ZAuditQuery = z.object({ action: ZQueryText.default(''), page: ZPage.default(1) });
export const ZOutboxQuery = z.object({
  status: z.enum(outboxStatuses).optional().catch(undefined),
  page: ZPage.default(1),
});
