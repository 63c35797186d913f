import type { TExecutor } from '../../core/records.ts';

/** The weekly mail of new matches (ADR 0049): who asked for it, and up to when matches were mailed. */
export async function findWeeklyMail(db: TExecutor, userId: string) {
  return db
    .selectFrom('connection_weekly_mail')
    .select(['user_id', 'subscribed_at', 'sent_through'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Starts the mail from `at` (only matches new from then on); false when it was already on. */
export async function startWeeklyMail(db: TExecutor, userId: string, at: string): Promise<boolean> {
  if (await findWeeklyMail(db, userId)) return false;
  await db
    .insertInto('connection_weekly_mail')
    .values({ user_id: userId, subscribed_at: at, sent_through: at })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  return true;
}

/** Stops it; false when it was already off. */
export async function stopWeeklyMail(db: TExecutor, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('connection_weekly_mail')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Subscribers whose last mail (or start) is at least a week old, with what the mail needs of them. */
export async function listWeeklyMailDue(db: TExecutor, cutoff: string, limit: number) {
  return db
    .selectFrom('connection_weekly_mail as w')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'w.sent_through'])
    .where('w.sent_through', '<=', cutoff)
    .where('u.is_disabled', '=', 0)
    .orderBy('w.sent_through')
    .orderBy('u.id')
    .limit(limit)
    .execute();
}

/** Moves the person's "mailed through" on, if nobody did meanwhile; false otherwise. */
export async function advanceWeeklyMail(
  db: TExecutor,
  userId: string,
  from: string,
  to: string,
): Promise<boolean> {
  const result = await db
    .updateTable('connection_weekly_mail')
    .set({ sent_through: to })
    .where('user_id', '=', userId)
    .where('sent_through', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
