import type { TDb } from '../../platform/db/database.ts';

/**
 * Everything the hub holds about one person, for "Download my data": their account, roles and
 * sessions, organisations, applications, registrations, what they created, what they did (audit)
 * and the mail sent to them. Secrets stay out: no password hash, session or link token, and no mail
 * body (a body may hold a one-time link).
 */
export async function readPersonalData(db: TDb, user: { id: string; email: string }) {
  const created = (table: 'practices' | 'events' | 'news_articles' | 'campaigns' | 'commitments') =>
    db
      .selectFrom(table)
      .select(['slug', 'title', 'status', 'created_at as createdAt'])
      .where('created_by', '=', user.id)
      .orderBy('created_at')
      .execute();
  const [account, roles, sessions, organizations, applications, registrations, uploads, actions, mail] =
    await Promise.all([
      db
        .selectFrom('users')
        .select([
          'id',
          'email',
          'name',
          'locale',
          'email_verified_at as emailVerifiedAt',
          'created_at as createdAt',
        ])
        .where('id', '=', user.id)
        .executeTakeFirst(),
      db
        .selectFrom('user_roles')
        .select(['role', 'granted_at as grantedAt'])
        .where('user_id', '=', user.id)
        .execute(),
      db
        .selectFrom('sessions')
        .select(['created_at as createdAt', 'last_seen_at as lastSeenAt', 'expires_at as expiresAt'])
        .where('user_id', '=', user.id)
        .execute(),
      db
        .selectFrom('organization_members as m')
        .innerJoin('organizations as o', 'o.id', 'm.organization_id')
        .select(['o.slug', 'o.name', 'm.role', 'm.added_at as since'])
        .where('m.user_id', '=', user.id)
        .execute(),
      db
        .selectFrom('membership_applications')
        .select([
          'reference',
          'status',
          'organization_name as organizationName',
          'contact_name as contactName',
          'created_at as createdAt',
        ])
        .where((eb) => eb.or([eb('applicant_user_id', '=', user.id), eb('contact_email', '=', user.email)]))
        .execute(),
      db
        .selectFrom('event_registrations as r')
        .innerJoin('events as e', 'e.id', 'r.event_id')
        .select([
          'e.slug as event',
          'e.title',
          'r.name',
          'r.email',
          'r.status',
          'r.answers',
          'r.created_at as createdAt',
        ])
        .where((eb) => eb.or([eb('r.user_id', '=', user.id), eb('r.email_key', '=', user.email)]))
        .execute(),
      db
        .selectFrom('uploads')
        .select([
          'original_name as name',
          'content_type as type',
          'byte_size as bytes',
          'purpose',
          'created_at as createdAt',
        ])
        .where('created_by', '=', user.id)
        .execute(),
      db
        .selectFrom('audit_log')
        .select(['at', 'action', 'subject_type as subjectType', 'subject_id as subjectId'])
        .where('actor_id', '=', user.id)
        .orderBy('at')
        .execute(),
      db
        .selectFrom('outbox')
        .select(['created_at as createdAt', 'subject', 'status', 'sent_at as sentAt'])
        .where('to_address', '=', user.email)
        .orderBy('created_at')
        .execute(),
    ]);
  return {
    account,
    roles,
    sessions,
    organizations,
    membershipApplications: applications,
    eventRegistrations: registrations.map((r) => ({ ...r, answers: JSON.parse(r.answers) as unknown })),
    created: {
      practices: await created('practices'),
      events: await created('events'),
      news: await created('news_articles'),
      campaigns: await created('campaigns'),
      commitments: await created('commitments'),
    },
    uploads,
    actions,
    mail,
  };
}
