import type { TExecutor } from '../../core/records.ts';
import type {
  TIntroduction,
  TIntroductionStatus,
  TMessage,
  TOutcomeCount,
  TPerson,
} from './connections.record.ts';

/**
 * The SQL of introductions, their private conversations and outcomes. Conversations are read only
 * through `listMessages`, which the service calls for the two parties alone.
 */
/** "closed": it was still waiting for an answer when one of the two organisations left the alliance. */

function selectIntroductions(db: TExecutor) {
  return db
    .selectFrom('connection_introductions as i')
    .innerJoin('organizations as a', 'a.id', 'i.requester_organization_id')
    .innerJoin('organizations as b', 'b.id', 'i.receiver_organization_id')
    .select([
      'i.id',
      'i.subject_type',
      'i.subject_id',
      'i.subject_title',
      'i.requested_by',
      'i.message',
      'i.status',
      'i.created_at',
      'i.answered_by',
      'i.answered_at',
      'i.version',
      'a.id as a_id',
      'a.name as a_name',
      'a.slug as a_slug',
      'a.stakeholder_type as a_type',
      'a.membership_status as a_status',
      'a.countries as a_countries',
      'b.id as b_id',
      'b.name as b_name',
      'b.slug as b_slug',
      'b.stakeholder_type as b_type',
      'b.membership_status as b_status',
      'b.countries as b_countries',
    ]);
}

type TRow = Awaited<ReturnType<ReturnType<typeof selectIntroductions>['executeTakeFirstOrThrow']>>;

const countriesOf = (text: string): string[] => {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

function introductionOf(r: TRow): TIntroduction {
  return {
    id: r.id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectTitle: r.subject_title,
    requester: {
      id: r.a_id,
      name: r.a_name,
      slug: r.a_slug,
      stakeholderType: r.a_type,
      isMember: r.a_status === 'member',
      countries: countriesOf(r.a_countries),
    },
    receiver: {
      id: r.b_id,
      name: r.b_name,
      slug: r.b_slug,
      stakeholderType: r.b_type,
      isMember: r.b_status === 'member',
      countries: countriesOf(r.b_countries),
    },
    requestedBy: r.requested_by,
    message: r.message,
    status: r.status as TIntroductionStatus,
    createdAt: r.created_at,
    answeredBy: r.answered_by,
    answeredAt: r.answered_at,
    version: Number(r.version),
  };
}

export async function insertIntroduction(
  db: TExecutor,
  row: {
    id: string;
    subjectType: string;
    subjectId: string;
    subjectTitle: string;
    requesterOrganizationId: string;
    receiverOrganizationId: string;
    requestedBy: string;
    message: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('connection_introductions')
    .values({
      id: row.id,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      subject_title: row.subjectTitle,
      requester_organization_id: row.requesterOrganizationId,
      receiver_organization_id: row.receiverOrganizationId,
      requested_by: row.requestedBy,
      message: row.message,
      status: 'requested',
      created_at: row.at,
      answered_by: null,
      answered_at: null,
      version: 1,
    })
    .execute();
}

export async function findIntroduction(db: TExecutor, id: string): Promise<TIntroduction | undefined> {
  const row = await selectIntroductions(db).where('i.id', '=', id).executeTakeFirst();
  return row ? introductionOf(row) : undefined;
}

/** Introductions the organisations take part in, newest first. */
export async function listIntroductionsOf(
  db: TExecutor,
  organizationIds: readonly string[],
): Promise<TIntroduction[]> {
  if (organizationIds.length === 0) return [];
  const rows = await selectIntroductions(db)
    .where((eb) =>
      eb.or([
        eb('i.requester_organization_id', 'in', [...organizationIds]),
        eb('i.receiver_organization_id', 'in', [...organizationIds]),
      ]),
    )
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(200)
    .execute();
  return rows.map(introductionOf);
}

/** The organisation's introductions still waiting for an answer or in conversation, all of them. */
export async function listLiveIntroductionsOf(
  db: TExecutor,
  organizationId: string,
): Promise<TIntroduction[]> {
  const rows = await selectIntroductions(db)
    .where((eb) =>
      eb.or([
        eb('i.requester_organization_id', '=', organizationId),
        eb('i.receiver_organization_id', '=', organizationId),
      ]),
    )
    .where('i.status', 'in', ['requested', 'accepted'])
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
  return rows.map(introductionOf);
}

/** Closes a request nobody answered yet (an organisation left); false when it was answered meanwhile. */
export async function closeWaitingIntroduction(db: TExecutor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('connection_introductions')
    .set((eb) => ({ status: 'closed', answered_at: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every introduction, newest first, for the secretariat: who and when, never the messages. */
export async function listAllIntroductions(db: TExecutor, limit = 500): Promise<TIntroduction[]> {
  const rows = await selectIntroductions(db)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(introductionOf);
}

export async function countRequestsSince(db: TExecutor, requesterOrganizationId: string, since: string) {
  const row = await db
    .selectFrom('connection_introductions')
    .where('requester_organization_id', '=', requesterOrganizationId)
    .where('created_at', '>=', since)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Earlier requests from one organisation to another (any subject), newest first. */
export async function listRequestsBetween(
  db: TExecutor,
  requesterOrganizationId: string,
  receiverOrganizationId: string,
) {
  return db
    .selectFrom('connection_introductions')
    .select(['subject_type', 'subject_id', 'status', 'created_at', 'answered_at'])
    .where('requester_organization_id', '=', requesterOrganizationId)
    .where('receiver_organization_id', '=', receiverOrganizationId)
    .orderBy('created_at', 'desc')
    .limit(100)
    .execute();
}

export async function answerIntroductionAtVersion(
  db: TExecutor,
  id: string,
  version: number,
  values: { status: 'accepted' | 'declined'; by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('connection_introductions')
    .set({ status: values.status, answered_by: values.by, answered_at: values.at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMessage(
  db: TExecutor,
  row: {
    id: string;
    introductionId: string;
    authorId: string;
    organizationId: string;
    body: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('connection_messages')
    .values({
      id: row.id,
      introduction_id: row.introductionId,
      author_id: row.authorId,
      organization_id: row.organizationId,
      body: row.body,
      created_at: row.at,
    })
    .execute();
}

export async function listMessages(db: TExecutor, introductionId: string): Promise<TMessage[]> {
  const rows = await db
    .selectFrom('connection_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.author_id', 'u.name', 'm.organization_id', 'm.body', 'm.created_at'])
    .where('m.introduction_id', '=', introductionId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    authorName: r.name ?? '',
    organizationId: r.organization_id,
    body: r.body,
    createdAt: r.created_at,
  }));
}

export async function findPeople(db: TExecutor, ids: readonly string[]): Promise<TPerson[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The owners and editors of an organisation: who is told of requests and messages. */
export async function findWritersOf(db: TExecutor, organizationId: string): Promise<TPerson[]> {
  return db
    .selectFrom('organization_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.locale'])
    .where('m.organization_id', '=', organizationId)
    .where('m.role', 'in', ['owner', 'editor'])
    .where('u.is_disabled', '=', 0)
    .execute();
}

export async function insertOutcome(
  db: TExecutor,
  row: {
    id: string;
    introductionId: string;
    kind: string;
    commitmentId: string | null;
    sectorPair: string;
    region: string;
    year: number;
    recordedBy: string;
    organizationId: string;
    at: string;
  },
): Promise<boolean> {
  const existing = await db
    .selectFrom('connection_outcomes')
    .select('id')
    .where('introduction_id', '=', row.introductionId)
    .where('kind', '=', row.kind)
    .executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('connection_outcomes')
    .values({
      id: row.id,
      introduction_id: row.introductionId,
      kind: row.kind,
      commitment_id: row.commitmentId,
      sector_pair: row.sectorPair,
      region: row.region,
      year: row.year,
      recorded_by: row.recordedBy,
      organization_id: row.organizationId,
      created_at: row.at,
    })
    .execute();
  return true;
}

/** An introduction's outcomes: their kind and the commitment one led to, if any. */
export async function listOutcomes(
  db: TExecutor,
  introductionId: string,
): Promise<{ kind: string; commitmentId: string | null }[]> {
  const rows = await db
    .selectFrom('connection_outcomes')
    .select(['kind', 'commitment_id'])
    .where('introduction_id', '=', introductionId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ kind: r.kind, commitmentId: r.commitment_id }));
}

/** Outcomes counted by sector pair, region, year and kind: the public figures (no names, no text). */
export async function countOutcomes(db: TExecutor): Promise<TOutcomeCount[]> {
  const rows = await db
    .selectFrom('connection_outcomes')
    .select([
      'sector_pair',
      'region',
      'year',
      'kind',
      (eb) => eb.fn.countAll<string | number>().as('n'),
      (eb) => eb.fn.count<string | number>('commitment_id').as('linked'),
    ])
    .groupBy(['sector_pair', 'region', 'year', 'kind'])
    .orderBy('year')
    .orderBy('sector_pair')
    .orderBy('region')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({
    sectorPair: r.sector_pair,
    region: r.region,
    year: Number(r.year),
    kind: r.kind,
    count: Number(r.n),
    withCommitment: Number(r.linked),
  }));
}
