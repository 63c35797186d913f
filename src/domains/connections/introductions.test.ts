import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { actorOf, createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { commitmentInput, publishedCommitment } from '../../../test/support/commitments.ts';
import {
  countIntroductions as countIntroductionsIn,
  demoOrganizationPerson,
  organizationIdBySlug,
  outboxTo,
  storedListing,
} from '../../../test/support/connections.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { publishCommitment, submitCommitment } from '../commitments/commitment-workflow.service.ts';
import { createCommitment } from '../commitments/commitments.service.ts';

/**
 * Introductions (issue 14): asked with a short message, accepted or declined; no e-mail address
 * visible before acceptance; contacts and a private conversation after it, for the two parties only
 * (the secretariat sees that it happened, never what was said) in pages, CSV and mail; limits.
 */
describe(`connections: introductions, privacy and outcomes (${testDialect})`, () => {
  let now = new Date('2026-03-02T09:00:00Z');
  const t = useTestApp({ clock: { now: () => now } });
  before(() => loadDemoIfEmpty(t.deps).then(() => {}));
  const emails = { lab: 'anna.nowak@lab.example.org', oman: 'salim@planning.example.om' };
  const { lab, oman, secretariat, outsider } = usePeople(t, {
    lab: demoOrganizationPerson('time-use-lab-krakow', 'owner', { email: emails.lab, name: 'Anna Nowak' }),
    oman: demoOrganizationPerson('oman-social-planning-directorate', 'editor', {
      email: emails.oman,
      name: 'سالم',
      locale: 'ar',
    }),
    secretariat: { roles: ['reviewer'] },
    outsider: {},
  });
  const secretMessage = 'We would like to learn how you coded care in the activity diaries.';
  let threadPath = '';
  const idOf = async (title: string) => (await storedListing(t.deps, { title })).id;
  const orgIdOf = (slug: string) => organizationIdBySlug(t.deps, slug);
  const mailTo = (email: string) => outboxTo(t.deps, email);
  const countIntroductions = () => countIntroductionsIn(t.deps);

  it('asks for an introduction; refuses bad input, one’s own listing and a repeat, sending nothing', async () => {
    const offerPath = `/ar/connections/offers/${await idOf('Pomożemy zaprojektować badanie budżetu czasu')}`;
    const page = await oman.get(offerPath);
    assert.match(page.html, new RegExp(`href="${offerPath}/introduction"`));
    // In Arabic: the subject and its organisation placed by the message, each isolated.
    const form = await oman.get(`${offerPath}/introduction`);
    assert.match(form.html, /بخصوص: <a [^>]*dir="auto">[^<]+<\/a> \(<bdi>[^<]+<\/bdi>\)/);
    const empty = await oman.post(`${offerPath}/introduction`, { message: '' });
    assert.equal(empty.status, 422);
    const huge = await oman.post(`${offerPath}/introduction`, { message: 'ب'.repeat(100_000) });
    assert.ok(huge.status === 422 || huge.status === 413, `status ${huge.status}`);
    assert.equal(await countIntroductions(), 0);

    await lab.get(`/en/connections/offers/${await idOf('Pomożemy zaprojektować badanie budżetu czasu')}`);
    const own = await lab.post(
      `/en/connections/offers/${await idOf('Pomożemy zaprojektować badanie budżetu czasu')}/introduction`,
      {
        organizationId: await orgIdOf('time-use-lab-krakow'),
        message: 'Hello us',
      },
    );
    assert.equal(own.status, 422);
    assert.match(visibleText(await own.text()), /your own organisation’s listing/);

    const asked = await oman.post(`${offerPath}/introduction`, {
      organizationId: await orgIdOf('oman-social-planning-directorate'),
      message: secretMessage,
    });
    assert.equal(asked.status, 303);
    threadPath = (asked.headers.get('location') ?? '').replace(/^\/ar/, '');
    assert.match(threadPath, /^\/workspace\/connections\/introductions\/[\w-]+$/);
    const again = await oman.post(`${offerPath}/introduction`, {
      organizationId: await orgIdOf('oman-social-planning-directorate'),
      message: secretMessage,
    });
    assert.equal(again.status, 422);
    assert.match(visibleText(await again.text()), /سبق أن طلبت منظمتك/);
    assert.equal(await countIntroductions(), 1);
  });

  it('shows no e-mail address to either side before acceptance; the request mail carries no address', async () => {
    const forLab = (await lab.get(`/pl${threadPath}`)).html;
    assert.ok(forLab.includes(secretMessage), 'the receiver reads the request');
    assert.ok(!forLab.includes(emails.oman));
    assert.match(forLab, /Przyjmij/);
    const forOman = (await oman.get(`/ar${threadPath}`)).html;
    assert.ok(!forOman.includes(emails.lab));
    const mails = await mailTo(emails.lab);
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.subject ?? '', /المديرية العامة للتخطيط الاجتماعي/);
    assert.ok(!(mails[0]?.text_body ?? '').includes(emails.oman));
    assert.ok(!(mails[0]?.text_body ?? '').includes(secretMessage));
  });

  it('keeps the introduction from everyone else, the secretariat included, who only sees that it exists', async () => {
    for (const who of [outsider, secretariat])
      assert.equal((await who.request(`/en${threadPath}`)).status, 404);
    assert.equal((await t.client().request(`/en${threadPath}`)).status, 302);
    const report = await secretariat.get('/en/connections/outcomes');
    assert.match(visibleText(report.html), /Introductions \(secretariat\)/);
    assert.match(visibleText(report.html), /Pracownia Badań Budżetu Czasu/);
    assert.ok(!report.html.includes(secretMessage));
    const publicReport = await outsider.get('/en/connections/outcomes');
    assert.doesNotMatch(visibleText(publicReport.html), /Introductions \(secretariat\)/);
  });

  it('after acceptance both see contact persons and a private conversation, told by mail without its words', async () => {
    const page = await lab.get(`/en${threadPath}`);
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '1';
    const accepted = await lab.post(`/en${threadPath}/answer`, { decision: 'accepted', version });
    assert.equal(accepted.status, 303);
    const forOman = await oman.get(`/ar${threadPath}`);
    assert.ok(forOman.html.includes(emails.lab), 'contact persons after acceptance');
    assert.match(
      forOman.html,
      new RegExp(`<bdi>[^<]+</bdi>، <a href="mailto:${emails.lab}" dir="ltr">`),
      'a contact in Arabic: the name, the Arabic comma, the address kept left to right',
    );
    assert.match((await mailTo(emails.oman))[0]?.subject ?? '', /قبلت/);

    const hostile = '**Shukran**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))';
    assert.equal((await oman.post(`/ar${threadPath}/messages`, { body: hostile })).status, 303);
    const tooLong = await oman.post(`/ar${threadPath}/messages`, { body: 'x'.repeat(100_000) });
    assert.ok(tooLong.status === 422 || tooLong.status === 413);
    const forLab = (await lab.get(`/en${threadPath}`)).html;
    assert.ok(forLab.includes('<strong>Shukran</strong>'));
    assert.ok(!forLab.includes('<script>alert(1)'));
    assert.ok(!forLab.includes('javascript:alert'));
    const mail = (await mailTo(emails.lab)).at(-1);
    assert.match(mail?.subject ?? '', /New message from/);
    assert.ok(!(mail?.text_body ?? '').includes('Shukran'));
    for (const who of [outsider, secretariat])
      assert.equal((await who.request(`/en${threadPath}`)).status, 404);
    assert.equal((await outsider.post(`/en${threadPath}/messages`, { body: 'let me in' })).status, 404);
    const offerId = await idOf('Pomożemy zaprojektować badanie budżetu czasu');
    for (const path of [
      `/api/v1/offers/${offerId}`,
      '/api/v1/offers',
      '/api/v1/needs?format=csv',
      '/en/connections',
    ]) {
      const text = await (await secretariat.request(path)).text();
      assert.ok(!text.includes(emails.lab) && !text.includes(emails.oman) && !text.includes('Shukran'), path);
      assert.ok(!text.includes(secretMessage), path);
    }
    const report = (await secretariat.get('/en/connections/outcomes')).html;
    assert.ok(!report.includes('Shukran') && !report.includes(emails.lab) && !report.includes(emails.oman));
  });

  it('records the outcome "joint project" in the sector-pair chart, its table and CSV, with no names', async () => {
    assert.equal((await oman.post(`/ar${threadPath}/outcomes`, { kind: 'joint_project' })).status, 303);
    assert.equal((await lab.post(`/en${threadPath}/outcomes`, { kind: 'joint_project' })).status, 303);
    const page = visibleText((await t.client().get('/en/connections/outcomes')).html);
    assert.match(page, /government – research 1/);
    assert.match(page, /2026 government – research Europe Joint project 1/);
    const csv = await (await t.client().request('/en/connections/outcomes.csv')).text();
    assert.match(csv, /2026,government\+research,region:europe,Europe,joint_project,1/);
    assert.ok(!csv.includes('Pracownia') && !csv.includes('@'));
    const ar = await t.client().get('/ar/connections/outcomes');
    assert.match(visibleText(ar.html), /الحكومة – البحث العلمي/);
  });

  it('links a "new commitment" to one of the recorder’s published commitments: thread, commitment page, API and CSV say so', async () => {
    // The lab publishes a commitment that came out of the conversation.
    const labOwner = await createOrganizationPerson(t.deps, await orgIdOf('time-use-lab-krakow'), 'owner');
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const draft = await createCommitment(
      t.deps,
      await actorOf(t.deps, labOwner),
      commitmentInput(await orgIdOf('time-use-lab-krakow'), {
        title: 'Time-use diaries in every voivodeship',
      }),
      { locale: 'en' },
    );
    await submitCommitment(t.deps, await actorOf(t.deps, labOwner), draft.slug);
    const mine = await publishCommitment(t.deps, await actorOf(t.deps, reviewer, ['reviewer']), draft.slug);
    const theirs = (await publishedCommitment(t.deps)).commitment;

    const form = (await lab.get(`/en${threadPath}`)).html;
    assert.match(form, new RegExp(`<option value="${mine.id}"[^>]*>Time-use diaries in every voivodeship`));
    assert.ok(!form.includes(theirs.id), 'only the recorder’s organisation’s commitments are offered');
    // Another organisation's commitment (a forged form): nothing recorded, a clear message.
    const forged = await lab.post(`/en${threadPath}/outcomes`, {
      kind: 'new_commitment',
      commitmentId: theirs.id,
    });
    assert.equal(forged.status, 303);
    assert.match(visibleText((await lab.get(`/en${threadPath}`)).html), /Nothing was recorded/);
    const outcomes = () =>
      t.deps.db
        .selectFrom('connection_outcomes')
        .select(['kind', 'commitment_id'])
        .where('kind', '=', 'new_commitment')
        .where('introduction_id', '=', threadPath.split('/').pop() ?? '')
        .execute();
    assert.deepEqual(await outcomes(), []);

    assert.equal(
      (await lab.post(`/en${threadPath}/outcomes`, { kind: 'new_commitment', commitmentId: mine.id })).status,
      303,
    );
    assert.deepEqual(await outcomes(), [{ kind: 'new_commitment', commitment_id: mine.id }]);
    // A change to the commitment like any other: its version moves on and its history says so.
    const after = await t.deps.db
      .selectFrom('commitments')
      .select(['version'])
      .where('id', '=', mine.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.version), mine.version + 1);
    const history = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('subject_type', '=', 'commitment')
      .where('subject_id', '=', mine.id)
      .where('action', '=', 'commitments.linked_to_connection')
      .execute();
    assert.equal(history.length, 1);
    const annaId = (
      await t.deps.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', emails.lab)
        .executeTakeFirstOrThrow()
    ).id;
    assert.equal(history[0]?.actor_id, annaId);
    assert.equal(JSON.parse(history[0]?.details ?? '{}').introductionId, threadPath.split('/').pop());
    const thread = await oman.get(`/ar${threadPath}`);
    assert.match(
      thread.html,
      new RegExp(`href="/ar/commitments/${mine.slug}"[^>]*>Time-use diaries in every voivodeship</a>`),
    );
    const page = visibleText((await t.client().get(`/en/commitments/${mine.slug}`)).html);
    assert.match(page, /This commitment came from a connection made through the hub/);
    assert.ok(
      !visibleText((await t.client().get(`/en/commitments/${theirs.slug}`)).html).includes(
        'came from a connection',
      ),
    );
    const api = (await (await t.client().request('/api/v1/commitments?limit=500')).json()) as {
      items: { slug: string; fromConnectionAt: string | null }[];
    };
    assert.equal(api.items.find((i) => i.slug === mine.slug)?.fromConnectionAt, now.toISOString());
    assert.equal(api.items.find((i) => i.slug === theirs.slug)?.fromConnectionAt, null);
    const commitmentsCsv = await (await t.client().request('/api/v1/commitments?format=csv')).text();
    assert.match(commitmentsCsv.split('\n')[0] ?? '', /,fromConnectionAt/);
    const csv = await (await t.client().request('/en/connections/outcomes.csv')).text();
    assert.match(csv.split('\n')[0] ?? '', /,count,with_commitment/);
    assert.match(csv, /2026,government\+research,region:europe,Europe,new_commitment,1,1/);
    assert.match(csv, /2026,government\+research,region:europe,Europe,joint_project,1,0/);
  });

  it('declined: no repeat for 90 days; a daily limit per organisation; a receiver who leaves closes it', async () => {
    const org = await createMemberOrganization(t.deps, { name: 'Care Lab Foundation' });
    let writer = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'owner'));
    const needPath = `/en/connections/needs/${await idOf('نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت')}`;
    await writer.get(needPath);
    const asked = await writer.post(`${needPath}/introduction`, {
      organizationId: org.id,
      message: 'Can we help?',
    });
    const path = (asked.headers.get('location') ?? '').replace(/^\/en/, '');
    const page = await oman.get(`/ar${path}`);
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '1';
    assert.equal((await oman.post(`/ar${path}/answer`, { decision: 'declined', version })).status, 303);
    const repeat = await writer.post(`${needPath}/introduction`, {
      organizationId: org.id,
      message: 'Please?',
    });
    assert.equal(repeat.status, 422);
    assert.match(visibleText(await repeat.text()), /less than 90 days ago/);
    // 91 days later (a new sign-in: sessions do not last that long) the request may be made again.
    now = new Date('2026-06-02T09:00:00Z');
    writer = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
    await writer.get(needPath);
    assert.equal(
      (await writer.post(`${needPath}/introduction`, { organizationId: org.id, message: 'Again' })).status,
      303,
    );

    // Four more today reach the limit of five; the sixth is refused and nothing is sent.
    const titles = [
      'Asistencia técnica para diseñar un sistema nacional de cuidados',
      'Acompañamos a otras ciudades a crear manzanas del cuidado',
      'Szkolenia dla pracodawców: godzenie pracy z opieką',
      'Mentoring for new community mother centres',
      'بحوث حول رعاية كبار السن في دول الخليج',
    ];
    const statuses: number[] = [];
    for (const title of titles) {
      const path = `/en/connections/offers/${await idOf(title)}/introduction`;
      statuses.push((await writer.post(path, { organizationId: org.id, message: 'Hello' })).status);
    }
    assert.deepEqual(statuses, [303, 303, 303, 303, 422]);

    // The lab leaves the alliance: its introduction is closed for both, and no one can write in it.
    await t.deps.db
      .updateTable('organizations')
      .set({ membership_status: 'former' })
      .where('id', '=', await orgIdOf('time-use-lab-krakow'))
      .execute();
    const omanOwner = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, await orgIdOf('oman-social-planning-directorate'), 'owner'),
    );
    const closed = visibleText((await omanOwner.get(`/en${threadPath}`)).html);
    assert.match(closed, /Closed: one of the organisations has left the alliance/);
    assert.equal((await omanOwner.post(`/en${threadPath}/messages`, { body: 'Still there?' })).status, 403);
  });
});
