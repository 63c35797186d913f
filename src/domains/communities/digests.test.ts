import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser } from '../../../test/support/accounts.ts';
import {
  chooseCommunityMail,
  createCommunity,
  followCommunity,
  replyInThread,
  startThread,
} from '../../../test/support/communities.ts';
import { useMailingTestApp } from '../../../test/support/mail-peer.ts';
import { usePeople } from '../../../test/support/people.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { lastEndedPeriod } from './digest-periods.ts';
import { readDigestPosts } from './digest-posts.ts';
import { digestJob, runDigests, scheduleDigests } from './notifications.service.ts';

describe('digest periods on the reader’s wall clock (no dependence on today)', () => {
  it('a daily digest sent just after New Year covers 31 December', () => {
    assert.deepEqual(lastEndedPeriod('daily', 'UTC', new Date('2027-01-01T00:30:00Z')), {
      kind: 'daily',
      zone: 'UTC',
      startDate: '2026-12-31',
      start: '2026-12-31T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
    // One minute before midnight the day in progress is not yet a period.
    assert.equal(lastEndedPeriod('daily', 'UTC', new Date('2026-12-31T23:59:00Z')).startDate, '2026-12-30');
  });

  it('a day of a clock change lasts 23 hours (Warsaw, spring), also where midnight itself is skipped (Santiago)', () => {
    const warsaw = lastEndedPeriod('daily', 'Europe/Warsaw', new Date('2026-03-30T10:00:00Z'));
    assert.equal(warsaw.start, '2026-03-28T23:00:00.000Z');
    assert.equal(warsaw.end, '2026-03-29T22:00:00.000Z');
    // Chile moves from 00:00 to 01:00 on 6 September 2026: that day starts at 01:00 (-03).
    const santiago = lastEndedPeriod('daily', 'America/Santiago', new Date('2026-09-07T12:00:00Z'));
    assert.equal(santiago.start, '2026-09-06T04:00:00.000Z');
    assert.equal(santiago.end, '2026-09-07T03:00:00.000Z');
  });

  it('a weekly digest ends at Monday 00:00 in the reader’s zone: Tokyo has reached Monday, UTC has not', () => {
    const at = new Date('2026-12-06T15:30:00Z'); // Monday 00:30 in Tokyo, Sunday 15:30 in UTC
    const tokyo = lastEndedPeriod('weekly', 'Asia/Tokyo', at);
    assert.equal(tokyo.startDate, '2026-11-30');
    assert.equal(tokyo.end, '2026-12-06T15:00:00.000Z');
    const utc = lastEndedPeriod('weekly', 'UTC', at);
    assert.equal(utc.startDate, '2026-11-23');
    assert.equal(utc.end, '2026-11-30T00:00:00.000Z');
  });
});

describe(`digests as a durable job (${testDialect})`, () => {
  const readers: TTestUser[] = [];
  const base = '/en/communities/care-data';
  let now = new Date('2026-05-04T09:00:00Z'); // a Monday
  const clock = { now: () => now };
  const { t, peer } = useMailingTestApp({ clock });
  const { writer } = usePeople(t, { writer: { roles: ['curator'], name: 'Wanda Writer' } });

  const digestRows = () =>
    t.deps.db
      .selectFrom('outbox')
      .select(['to_address', 'dedupe_key', 'subject', 'text_body'])
      .where('dedupe_key', 'like', 'communities.digest:%')
      .orderBy('to_address')
      .execute();

  before(async () => {
    await createCommunity(writer, {
      name: 'Care data',
      description: 'Time-use surveys.',
      visibility: 'private',
    });
    for (const [name, locale, frequency, zone] of [
      ['Ana', 'es', 'daily', ''],
      ['Bartek', 'pl', 'daily', 'Europe/Warsaw'],
      ['Chen', 'en', 'daily', ''],
      ['Dina', 'ar', 'weekly', 'Asia/Tokyo'],
    ] as const) {
      const user = await createUser(t.deps, { name, locale });
      readers.push(user);
      const client = await signedInClient(t.client(), user);
      await followCommunity(base, client);
      await chooseCommunityMail(client, frequency, zone);
    }
    // Posts on Monday 4 May, at 10:00 and 21:30 UTC (23:30 in Warsaw: still 4 May there).
    now = new Date('2026-05-04T10:00:00Z');
    const threadId = await startThread(writer, base, {
      title: 'Survey weights',
      kind: 'question',
      body: 'How do you weight time-use diaries?',
    });
    now = new Date('2026-05-04T21:30:00Z');
    await replyInThread(writer, base, threadId, { body: 'Follow-up: we use the HETUS guidelines.' });
    // Chen leaves: their digest must not carry the private community's posts.
    const chen = await signedInClient(t.client(), readers[2] as TTestUser);
    await chen.get(base);
    assert.equal((await chen.post(`${base}/leave`, {})).status, 303);
  });

  it('mails each daily reader once for the day that ended on their clock, resuming after a crash halfway', async () => {
    // 22:30 UTC on 4 May: midnight has passed in Warsaw only.
    now = new Date('2026-05-04T22:30:00Z');
    await runDigests(t.deps, 'daily');
    let rows = await digestRows();
    assert.deepEqual(
      rows.map((r) => r.dedupe_key),
      [`communities.digest:daily:${readers[1]?.id}:2026-05-04`],
    );
    assert.match(rows[0]?.subject ?? '', /2 nowe wpisy/);

    // 5 May, 00:10 UTC: the UTC readers' 4 May has ended. The run dies after its first batch of one.
    now = new Date('2026-05-05T00:10:00Z');
    let batches = 0;
    await assert.rejects(
      runDigests(t.deps, 'daily', {
        batchSize: 1,
        heartbeat: async () => {
          batches += 1;
          if (batches === 1) throw new Error('killed');
        },
      }),
      /killed/,
    );
    const afterCrash = (await digestRows()).length;
    assert.ok(afterCrash >= 1 && afterCrash <= 2);
    const resumed = await runDigests(t.deps, 'daily');
    const again = await runDigests(t.deps, 'daily');
    assert.equal(again.mailed, 0, 'a second run finds nothing left');
    rows = await digestRows();
    assert.deepEqual(
      rows.map((r) => r.dedupe_key).sort(),
      [
        `communities.digest:daily:${readers[0]?.id}:2026-05-04`,
        `communities.digest:daily:${readers[1]?.id}:2026-05-04`,
      ].sort(),
      'Ana and Bartek, once each; Chen left the private community and gets nothing',
    );
    assert.ok(resumed.mailed + afterCrash - 1 === 1);
    const ana = rows.find((r) => r.to_address === readers[0]?.email);
    assert.match(ana?.subject ?? '', /resumen diario: 2 publicaciones nuevas/);
    assert.match(ana?.text_body ?? '', /Survey weights/);
    assert.match(ana?.text_body ?? '', /HETUS/);

    // Delivered over SMTP with its one-click unsubscribe.
    await t.deps.mailer.dispatchPending();
    const delivered = peer.received.find((r) => r.envelopeTo.includes(readers[0]?.email ?? ''));
    const lines = delivered?.mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' ')) ?? [];
    assert.ok(lines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'));
    const url = /<(https:[^>]+)>/.exec(lines.find((l) => l.startsWith('List-Unsubscribe:')) ?? '')?.[1] ?? '';
    const res = await t.app.request(new URL(url).pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(res.status, 200);
    const settings = await t.deps.db
      .selectFrom('community_mail_settings')
      .select('frequency')
      .where('user_id', '=', readers[0]?.id ?? '')
      .executeTakeFirst();
    assert.equal(settings?.frequency, 'off');
  });

  it('sends the weekly digest when Monday has begun in Tokyo, with the week’s posts, once', async () => {
    now = new Date('2026-05-10T14:00:00Z'); // Sunday 23:00 in Tokyo
    assert.equal((await runDigests(t.deps, 'weekly')).mailed, 0);
    now = new Date('2026-05-10T15:10:00Z'); // Monday 00:10 in Tokyo
    assert.equal((await runDigests(t.deps, 'weekly')).mailed, 1);
    assert.equal((await runDigests(t.deps, 'weekly')).mailed, 0);
    const dina = (await digestRows()).find((r) => r.to_address === readers[3]?.email);
    assert.equal(dina?.dedupe_key, `communities.digest:weekly:${readers[3]?.id}:2026-05-04`);
    assert.match(dina?.subject ?? '', /ملخّصك الأسبوعي/);
  });

  it('the hourly job books its next run once, whichever node asks', async () => {
    now = new Date('2026-05-11T08:20:00Z');
    await scheduleDigests(t.deps);
    await scheduleDigests(t.deps);
    const jobs = await t.deps.db
      .selectFrom('jobs')
      .select(['run_at'])
      .where('kind', '=', digestJob)
      .where('run_at', '=', '2026-05-11T09:00:00.000Z')
      .execute();
    assert.equal(jobs.length, 1);
  });

  it('reads a batch of readers (the same few statements on both databases), each within their own window and communities', async () => {
    const [ana, bartek, chen] = readers;
    const posts = await readDigestPosts(
      t.deps.db,
      [
        { userId: ana?.id ?? '', from: '2026-05-04T00:00:00.000Z', to: '2026-05-04T12:00:00.000Z' },
        { userId: bartek?.id ?? '', from: '2026-05-04T12:00:00.000Z', to: '2026-05-05T00:00:00.000Z' },
        { userId: chen?.id ?? '', from: '2026-05-04T00:00:00.000Z', to: '2026-05-05T00:00:00.000Z' },
      ],
      500,
    );
    const bodies = (userId: string | undefined) => (posts.get(userId ?? '') ?? []).map((p) => p.body);
    assert.deepEqual(bodies(ana?.id), ['How do you weight time-use diaries?']);
    assert.deepEqual(bodies(bartek?.id), ['Follow-up: we use the HETUS guidelines.']);
    assert.equal(posts.has(chen?.id ?? ''), false, 'Chen left the private community');
    const limited = await readDigestPosts(
      t.deps.db,
      [{ userId: bartek?.id ?? '', from: '2026-05-04T00:00:00.000Z', to: '2026-05-05T00:00:00.000Z' }],
      1,
    );
    assert.deepEqual(
      (limited.get(bartek?.id ?? '') ?? []).map((p) => p.body),
      ['Follow-up: we use the HETUS guidelines.'],
      'the newest first, up to the limit',
    );
  });
});
