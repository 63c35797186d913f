import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { createTestDatabase, type TTestDatabase } from '../../test/support/test-database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { AppError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { anonymousActor, loadActor, makeActor, writerOrganizationIds } from './actor.ts';
import { audit } from './audit.ts';
import { definePolicy } from './policy.ts';
import { parseJson, uniqueSlug, updateAtVersion } from './records.ts';
import { fieldErrorsOf, parseOrThrow } from './validation.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
  return undefined;
};

describe('core: policies', () => {
  const policy = definePolicy<'view' | 'edit', { isPublic: boolean; ownerId: string | null }>({
    rules: {
      view: (actor, r) => r.isPublic || r.ownerId === actor.userId,
      edit: (actor, r) => actor.userId !== null && r.ownerId === actor.userId,
    },
    anyResource: { isPublic: false, ownerId: null },
    seeAction: 'view',
  });
  const secret = { isPublic: false, ownerId: 'u-owner' };
  const open = { isPublic: true, ownerId: 'u-owner' };

  it('answers 404 for what the person may not see, 401 to anonymous visitors, 403 otherwise', () => {
    assert.equal(
      codeOf(() => policy.authorize(makeActor('u-owner'), 'edit', secret)),
      undefined,
    );
    assert.equal(
      codeOf(() => policy.authorize(makeActor('u-other'), 'edit', secret)),
      'not_found',
    );
    assert.equal(
      codeOf(() => policy.authorize(anonymousActor, 'edit', open)),
      'unauthenticated',
    );
    assert.equal(
      codeOf(() => policy.authorize(makeActor('u-other'), 'edit', open)),
      'forbidden',
    );
    assert.equal(policy.can(makeActor('u-other'), 'view'), false);
  });
});

describe('core: validation', () => {
  const schema = z.object({
    name: z.string().min(1),
    email: z.email('validation.email'),
    kind: z.enum(['a', 'b']),
    note: z.string().max(3),
  });

  it('gives every field one message key, the schema’s own first, else by kind of mistake', () => {
    const parsed = schema.safeParse({ name: '', email: 'nope', kind: 'c', note: 'too long' });
    assert.equal(parsed.success, false);
    assert.deepEqual(fieldErrorsOf(parsed.error?.issues ?? []), {
      name: 'validation.required',
      email: 'validation.email',
      kind: 'validation.invalidChoice',
      note: 'validation.tooLong',
    });
  });

  it('throws validation_failed with those keys, or returns the parsed data', () => {
    assert.equal(
      codeOf(() => parseOrThrow(schema, {})),
      'validation_failed',
    );
    const ok = parseOrThrow(schema, { name: 'A', email: 'a@example.org', kind: 'a', note: '' });
    assert.equal(ok.kind, 'a');
  });
});

describe('core: records, actor and audit on a real database', () => {
  let database: TTestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await migrateToLatest(database.handle.db);
  });
  after(async () => {
    await database.drop();
  });

  it('reads damaged JSON as the fallback', () => {
    assert.deepEqual(parseJson('{"a":1}', {}), { a: 1 });
    assert.deepEqual(parseJson('{broken', []), []);
    assert.deepEqual(parseJson(null, ['x']), ['x']);
  });

  it('picks a free slug, skipping reserved words and numbering the taken ones', async () => {
    const taken = new Set(['care-day', 'care-day-2']);
    const isTaken = async (slug: string) => taken.has(slug);
    assert.equal(await uniqueSlug('Care day!', isTaken, { fallback: 'x' }), 'care-day-3');
    assert.equal(await uniqueSlug('New', isTaken, { fallback: 'x', reserved: new Set(['new']) }), 'new-2');
    assert.equal(await uniqueSlug('¿?', isTaken, { fallback: 'event' }), 'event');
    const withYear = (base: string) => [base, `${base}-2026`];
    assert.equal(
      await uniqueSlug('Care day', isTaken, { fallback: 'x', candidates: withYear }),
      'care-day-2026',
    );
  });

  it('loads the organisation roles once, and saves only at the version the editor saw', async () => {
    const db = database.handle.db;
    const at = new Date().toISOString();
    const userId = newId();
    await db
      .insertInto('users')
      .values({
        id: userId,
        email: `${userId}@example.org`,
        name: 'Ana',
        password_hash: 'x',
        locale: 'en',
        email_verified_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    assert.equal(await loadActor(db, null), anonymousActor);
    const actor = await loadActor(db, { id: userId, roles: ['curator'] });
    assert.deepEqual(writerOrganizationIds(actor), []);
    assert.deepEqual(actor.roles, ['curator']);

    await audit(
      db,
      { actorId: userId, requestId: 'r-1', at },
      'core.tested',
      { type: 'user', id: userId },
      { n: 1 },
    );
    const entry = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'core.tested')
      .executeTakeFirst();
    assert.equal(entry?.subject_id, userId);
    assert.deepEqual(JSON.parse(entry?.details ?? '{}'), { n: 1 });
    assert.equal(await updateAtVersion(db, 'news_articles', 'no-such-article', 1, { title: 'x' }), false);
  });
});
