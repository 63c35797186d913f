import type { TDb } from '../../platform/db/database.ts';
import type { TOutboxStatus } from './admin.record.ts';

/** Reading the mail outbox for the admin pages (the Mailer in platform/mail.ts writes and sends it). */

/** What the list and the message page both show of a message. */
const messageColumns = [
  'id',
  'created_at as createdAt',
  'to_address as to',
  'subject',
  'status',
  'attempts',
  'sent_at as sentAt',
  'carries_secret as carriesSecret',
] as const;

export async function listOutboxMessages(
  db: TDb,
  filter: { status?: TOutboxStatus | undefined },
  limit: number,
  offset: number,
) {
  let query = db.selectFrom('outbox').select(messageColumns);
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((row) => ({ ...row, carriesSecret: Number(row.carriesSecret) === 1 }));
}

/** One message with its text body (never the HTML one: the admin page shows the text). */
export async function findOutboxMessage(db: TDb, id: string) {
  const row = await db
    .selectFrom('outbox')
    .select([...messageColumns, 'text_body as textBody', 'last_error as lastError'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...row, carriesSecret: Number(row.carriesSecret) === 1 } : undefined;
}
