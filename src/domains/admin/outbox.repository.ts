import type { TDb } from '../../platform/db/database.ts';

/** Reading the mail outbox for the admin pages (the Mailer in platform/mail.ts writes and sends it). */
export const outboxStatuses = ['kept', 'pending', 'sending', 'sent', 'failed'] as const;
export type TOutboxStatus = (typeof outboxStatuses)[number];

export async function listOutboxMessages(
  db: TDb,
  filter: { status?: TOutboxStatus | undefined },
  limit: number,
  offset: number,
) {
  let query = db
    .selectFrom('outbox')
    .select([
      'id',
      'created_at as createdAt',
      'to_address as to',
      'subject',
      'status',
      'attempts',
      'sent_at as sentAt',
    ]);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute();
}

export async function findOutboxMessage(db: TDb, id: string) {
  return db
    .selectFrom('outbox')
    .select([
      'id',
      'created_at as createdAt',
      'to_address as to',
      'subject',
      'text_body as textBody',
      'status',
      'attempts',
      'last_error as lastError',
      'sent_at as sentAt',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
