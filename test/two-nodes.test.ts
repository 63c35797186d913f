import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import type { TDeps } from '../src/deps.ts';
import { eventReminderJob } from '../src/domains/events/event-reminders.service.ts';
import { loadShippedIndicatorsIfEmpty } from '../src/domains/observatory/indicator-import.service.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createUser, signedInClient } from './support/accounts.ts';
import { startAppProcess, type TAppProcess } from './support/app-process.ts';
import { publishedEvent } from './support/events.ts';
import { applicationFields, pdfBytes, submitApplication } from './support/membership.ts';
import { practiceInput, publishPractices } from './support/practices.ts';
import type { TestClient } from './support/test-app.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from './support/test-database.ts';

/** The number of member organisations on a home page (the first figure). */
function membersOn(html: string): number {
  const figure = /<dd>([^<]+)<\/dd>/.exec(html)?.[1] ?? '';
  return Number.parseInt(figure.replace(/\D/g, ''), 10);
}

/** The members figure on a node's home page, as an anonymous visitor gets it (from the page cache). */
async function homeMembers(node: TAppProcess): Promise<number> {
  const response = await fetch(`${node.url}/en/`);
  assert.equal(response.status, 200);
  return membersOn(await response.text());
}

async function versionOf(client: TestClient, path: string): Promise<string> {
  return /name="version" value="(\d+)"/.exec((await client.get(path)).html)?.[1] ?? '';
}

async function terminateBackends(databaseUrl: string): Promise<number> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    const result = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

// Several nodes share one PostgreSQL database; a SQLite hub is one node by design (README), so this
// file has nothing to run on SQLite.
if (testDialect === 'postgres') {
  describe('two app processes on one PostgreSQL database', () => {
    let t: TTestDatabase;
    let seed: TDeps;
    let nodes: TAppProcess[] = [];
    let one: TAppProcess;
    let two: TAppProcess;

    before(async () => {
      t = await createTestDatabase();
      // This process migrates the database and writes fixtures; the nodes are separate processes.
      const config = readConfig({ DATA_DIR: t.dataDir, DEMO: 'off', ARGON2_MEMORY_KIB: '1024' });
      seed = await createDeps(config, createLogger('silent'), { database: t.handle });
      // What a first start loads, loaded once here so that the nodes start quickly.
      await loadShippedIndicatorsIfEmpty(seed);
      const env = { DATABASE_URL: t.databaseUrl ?? '' };
      nodes = await Promise.all([startAppProcess('node-1', env), startAppProcess('node-2', env)]);
      [one, two] = nodes as [TAppProcess, TAppProcess];
    });
    after(async () => {
      await Promise.all(nodes.map((node) => node.stop()));
      await closeDeps(seed).catch(() => {});
      await t.drop();
    });

    it("serves a file uploaded through one node from the other, and shows an accepted member on the other's cached home page within a second", async () => {
      // Node 2's home page, cached for anonymous visitors.
      const before = await homeMembers(two);
      assert.equal(await homeMembers(two), before);

      const applicant = one.client();
      const letter = pdfBytes(' a letter sent through node one');
      const fields = applicationFields({
        letterFile: new File([new Uint8Array(letter)], 'letter.pdf', { type: 'application/pdf' }),
      });
      const statusPath = await submitApplication(applicant, fields);
      const download = await fetch(`${two.url}${statusPath}/letter`);
      assert.equal(download.status, 200, 'the letter uploaded through node 1 is served by node 2');
      assert.deepEqual(new Uint8Array(await download.arrayBuffer()), letter);

      const reviewer = await createUser(seed, { roles: ['reviewer'] });
      const staff = await signedInClient(one.client(), reviewer);
      const id = (
        await seed.db
          .selectFrom('membership_applications')
          .select('id')
          .orderBy('created_at', 'desc')
          .executeTakeFirstOrThrow()
      ).id;
      const reviewPath = `/en/admin/applications/${id}`;
      const started = await staff.post(`${reviewPath}/start-review`, {
        version: await versionOf(staff, reviewPath),
      });
      assert.equal(started.status, 303);
      const accepted = await staff.post(`${reviewPath}/accept`, {
        version: await versionOf(staff, reviewPath),
        message: 'Welcome!',
      });
      assert.equal(accepted.status, 303);
      const acceptedAt = Date.now();

      let seenAfterMs = -1;
      while (Date.now() - acceptedAt < 5000) {
        if ((await homeMembers(two)) === before + 1) {
          seenAfterMs = Date.now() - acceptedAt;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.ok(seenAfterMs >= 0, "node 2's home page never showed the new member");
      assert.ok(seenAfterMs < 1000, `node 2 showed the new member after ${seenAfterMs} ms`);
    });

    it('holds one sign-in limit across both nodes', async () => {
      const person = await createUser(seed, { email: 'limited@example.org' });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const node = attempt % 2 === 0 ? one : two;
        const client = node.client();
        await client.get('/en/sign-in');
        const res = await client.post('/en/sign-in', { email: person.email, password: 'not the password' });
        statuses.push(res.status);
      }
      assert.equal(statuses.filter((s) => s === 429).length, 2, `statuses: ${statuses.join(' ')}`);
      assert.deepEqual(statuses.slice(10), [429, 429], 'the eleventh and twelfth attempts are refused');
    });

    it('confirms exactly the capacity when people register through both nodes at once', async () => {
      // The nodes run on the real clock: the event is next year, whatever today is.
      const year = new Date().getUTCFullYear() + 1;
      const { event } = await publishedEvent(seed, {
        capacity: 5,
        start: `${year}-03-10T10:00`,
        end: `${year}-03-10T12:00`,
      });
      const path = `/en/events/${event.slug}`;
      const clients = await Promise.all(
        Array.from({ length: 14 }, async (_, i) => {
          const client = (i % 2 === 0 ? one : two).client();
          await client.get(path);
          return client;
        }),
      );
      const answers = await Promise.all(
        clients.map((client, i) =>
          client.post(`${path}/register`, { name: `Person ${i}`, email: `person${i}@example.org` }),
        ),
      );
      assert.deepEqual(
        answers.map((a) => a.status),
        Array(14).fill(303),
      );
      const rows = await seed.db
        .selectFrom('event_registrations')
        .select(['status'])
        .where('event_id', '=', event.id)
        .execute();
      assert.equal(rows.filter((r) => r.status === 'confirmed').length, 5);
      assert.equal(rows.filter((r) => r.status === 'waiting').length, 9);
      const stored = await seed.db
        .selectFrom('events')
        .select('confirmed_count')
        .where('id', '=', event.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(stored.confirmed_count), 5);

      // Jobs both nodes can run are each run once: ten reminder jobs for the event, due now.
      for (let i = 0; i < 10; i += 1) {
        await seed.jobs.enqueue(seed.db, {
          kind: eventReminderJob,
          payload: { eventId: event.id, kind: 'day', startsAt: event.startsAt },
          dedupeKey: `two-nodes:${event.id}:${i}`,
        });
      }
      const jobsOf = () =>
        seed.db
          .selectFrom('jobs')
          .select(['status', 'attempts', 'locked_by'])
          .where('dedupe_key', 'like', `two-nodes:${event.id}:%`)
          .execute();
      const waitedFrom = Date.now();
      while ((await jobsOf()).some((j) => j.status !== 'done') && Date.now() - waitedFrom < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const jobs = await jobsOf();
      assert.deepEqual(
        jobs.map((j) => [j.status, Number(j.attempts)]),
        Array(10).fill(['done', 1]),
        'every job ran, and ran once',
      );
      const reminders = await seed.db
        .selectFrom('outbox')
        .select('to_address')
        .where('dedupe_key', 'like', 'event-reminder:%')
        .execute();
      assert.equal(reminders.length, 5, 'one reminder per confirmed person, however many jobs ran');
      assert.equal(new Set(reminders.map((r) => r.to_address)).size, 5);
    });

    it('understands on the other node, within seconds, a place a curator adds on one node', async () => {
      await publishPractices(seed, [
        practiceInput({
          title: 'Respite weekends for carers in Lyon',
          summary: 'The city of Lyon pays for weekend breaks for family carers.',
          countries: ['FR'],
        }),
      ]);
      const titlesOnTwo = async (q: string) => {
        const res = await fetch(`${two.url}/api/v1/search?q=${encodeURIComponent(q)}&type=practice`);
        const body = (await res.json()) as { items: { title: string }[] };
        return body.items.map((i) => i.title);
      };
      assert.deepEqual(await titlesOnTwo('Лион'), [], 'not a name node two knows yet');
      const curator = await signedInClient(one.client(), await createUser(seed, { roles: ['curator'] }));
      await curator.get('/en/admin/places');
      const saved = await curator.post('/en/admin/places', {
        id: 'lyon',
        country: 'FR',
        placeName: ['Lyon', 'Лион'],
      });
      assert.equal(saved.status, 303);
      const savedAt = Date.now();
      let titles: string[] = [];
      while (Date.now() - savedAt < 15_000) {
        titles = await titlesOnTwo('Лион');
        if (titles.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.deepEqual(titles, ['Respite weekends for carers in Lyon']);
    });

    it('keeps both processes up and answering within 5 s when every database connection is terminated mid-traffic', async () => {
      const paths = ['/en/', '/en/events', '/en/practices', '/readyz', '/en/news'];
      const outcomes: Array<{ at: number; status: number }> = [];
      let isRunning = true;
      const traffic = Array.from({ length: 6 }, async (_, worker) => {
        let i = worker;
        while (isRunning) {
          const node = nodes[i % 2] as TAppProcess;
          const path = paths[i % paths.length] ?? '/en/';
          i += 1;
          const status = await fetch(`${node.url}${path}`, { headers: { 'accept-encoding': 'gzip' } }).then(
            async (r) => {
              await r.arrayBuffer();
              return r.status;
            },
            () => 0,
          );
          outcomes.push({ at: Date.now(), status });
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const terminated = await terminateBackends(t.databaseUrl ?? '');
      const cutAt = Date.now();
      assert.ok(terminated >= 2, `terminated ${terminated} connections`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      isRunning = false;
      await Promise.all(traffic);

      for (const node of nodes) {
        assert.ok(node.isRunning(), `${node.name} is still running:\n${node.output()}`);
        const started = Date.now();
        let status = 0;
        while (Date.now() - started < 5000 && status !== 200) {
          status = await fetch(`${node.url}/readyz`).then(
            (r) => r.status,
            () => 0,
          );
        }
        assert.equal(status, 200, `${node.name} answers /readyz with 200 within 5 s`);
        assert.equal((await fetch(`${node.url}/en/events`)).status, 200);
      }
      assert.ok(!outcomes.some((o) => o.status === 0), 'no request was left without an answer');
      const afterCut = outcomes.filter((o) => o.at > cutAt + 1000);
      assert.ok(
        afterCut.length > 0 && afterCut.every((o) => o.status === 200),
        'a second after the cut, all is well',
      );
    });
  });
}
