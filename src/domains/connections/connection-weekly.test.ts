import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorOf, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { organizationIdBySlug, outboxTo } from '../../../test/support/connections.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { runWeeklyMatches } from './connection-weekly.service.ts';
import { publishListing } from './connections.service.ts';

/**
 * The weekly mail of new matches (ADR 0049): opt-in on the workspace; a week later, only matches
 * published since then, in the reader's language, with one-click unsubscribe (RFC 8058); nothing in a
 * week without new matches; written once however often the job runs.
 */
describe(`connections: weekly mail of new matches (${testDialect})`, () => {
  let t: TTestApp;
  let now = new Date('2026-05-04T09:00:00Z');
  const start = now.getTime();
  const day = 86_400_000;
  const email = 'salim@planning.example.om';
  let oman: TestClient;
  const weekly = async () =>
    (await outboxTo(t.deps, email)).filter((m) => m.dedupe_key?.startsWith('connections-weekly:'));

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    await loadDemoIfEmpty(t.deps);
    oman = await signedInClient(
      t.client(),
      await createOrganizationPerson(
        t.deps,
        await organizationIdBySlug(t.deps, 'oman-social-planning-directorate'),
        'editor',
        {
          email,
          name: 'سالم',
          locale: 'ar',
        },
      ),
    );
  });
  after(async () => {
    await t.close();
  });

  it('is off until the person asks for it on the workspace', async () => {
    const page = await oman.get('/ar/workspace/connections');
    assert.match(visibleText(page.html), /أرسل لي الرسالة الأسبوعية/);
    const on = await oman.post('/ar/workspace/connections/weekly', { weekly: 'on' });
    assert.equal(on.status, 303);
    assert.match(visibleText((await oman.get('/ar/workspace/connections')).html), /أوقف الرسالة الأسبوعية/);
  });

  it('sends nothing before the week is over, nor in a week without new matches', async () => {
    now = new Date(start + 7 * day - 1);
    assert.deepEqual(await runWeeklyMatches(t.deps), { mailed: 0, empty: 0 });
    now = new Date(start + 7 * day);
    // The demo's offers fit Oman's need, but they were there before the mail was asked for.
    assert.deepEqual(await runWeeklyMatches(t.deps), { mailed: 0, empty: 1 });
    assert.equal((await weekly()).length, 0);
  });

  it('lists only the matches published that week, in Arabic, once, with one-click unsubscribe', async () => {
    now = new Date(start + 9 * day);
    const org = await createMemberOrganization(t.deps, { name: 'Gdańsk Time-Use Centre', countries: ['PL'] });
    const owner = await createOrganizationPerson(t.deps, org.id, 'owner', { email: 'ewa@tus.example.pl' });
    const id = await publishListing(t.deps, await actorOf(t.deps, owner), 'offer', {
      organizationId: org.id,
      helpKind: 'expertise',
      title: 'Time-use survey design for national statistics offices',
      description:
        'We help statistics offices and ministries design their first time-use survey: diaries, sampling, ' +
        'coding unpaid care work and valuing it.',
      language: 'en',
      isAnywhere: true,
      workingLanguages: ['en', 'ar'],
    });
    now = new Date(start + 14 * day);
    await Promise.all([runWeeklyMatches(t.deps), runWeeklyMatches(t.deps)]);
    assert.deepEqual(await runWeeklyMatches(t.deps), { mailed: 0, empty: 0 });
    const mails = await weekly();
    assert.equal(mails.length, 1);
    const mail = mails[0];
    assert.match(mail?.subject ?? '', /مطابقة جديدة واحدة لمنظمتك/);
    assert.match(mail?.text_body ?? '', /Time-use survey design for national statistics offices/);
    assert.match(mail?.text_body ?? '', new RegExp(`/ar/connections/offers/${id}`));
    assert.ok(!(mail?.text_body ?? '').includes('Pomożemy zaprojektować'), 'not last week’s offers');
    assert.ok(!(mail?.text_body ?? '').includes('ewa@tus.example.pl'), 'no address');
    const headers = JSON.parse(mail?.headers ?? '{}') as Record<string, string>;
    assert.equal(headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    const url = /<([^>]+)>/.exec(headers['List-Unsubscribe'] ?? '')?.[1] ?? '';
    assert.match(url, /\/ar\/unsubscribe\//);
    assert.ok((mail?.text_body ?? '').includes(url), 'the same link in the body');

    const res = await t.app.request(new URL(url).pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(res.status, 200);
    now = new Date(start + 30 * day);
    assert.deepEqual(await runWeeklyMatches(t.deps), { mailed: 0, empty: 0 });
    const rows = await t.deps.db.selectFrom('connection_weekly_mail').selectAll().execute();
    assert.deepEqual(rows, [], 'stopped by the one-click POST');
  });
});
