import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import sharp from 'sharp';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  actorOf,
  commitmentFormFields,
  commitmentInput,
  createMemberOrganization,
  createPersonIn,
  publishedCommitment,
} from '../../../test/support/commitments.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { translator } from '../../i18n/translator.ts';
import { addRecommendation } from '../events/event-outcomes.service.ts';
import { findPracticeBySlug } from '../practices/practices.repository.ts';
import { readDashboard } from './commitment-dashboard.service.ts';
import { checkEvidence } from './commitment-evidence.ts';
import { fileReport } from './commitment-reporting.service.ts';
import { stalenessCutoffs } from './commitment-staleness.ts';
import { publishCommitment, submitCommitment } from './commitment-workflow.service.ts';
import { lightSql, listDeliverables } from './commitments.repository.ts';
import { createCommitment } from './commitments.service.ts';

const en = translator('en');
const fr = translator('fr');
const ar = translator('ar');
const pl = translator('pl');
const testDialect = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/** A zip file holding these (empty) entries: enough for the checks, which read its directory. */
function zipWith(names: readonly string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const pdfBytes = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const csvBytes = Buffer.from('year,centres open\n2024,12\n2025,17\n');

function file(bytes: Uint8Array, name: string, type = 'application/octet-stream'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

type TMultipart = Record<string, string | File | (string | File)[]>;

/** Posts a form with several files under one name, as a browser does (the shared client takes one). */
async function postMultipart(client: TestClient, path: string, fields: TMultipart): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', await client.csrfToken());
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return client.request(path, { method: 'POST', body: form });
}

async function reportFields(client: TestClient, slug: string, extra: TMultipart = {}) {
  const form = await client.get(`/en/commitments/${encodeURIComponent(slug)}/report`);
  const ids = [...form.html.matchAll(/name="status_([\w-]+)"/g)].map((m) => m[1] ?? '');
  const fields: Record<string, string | File | string[]> = {
    narrative: 'Twelve centres are open.',
    ...extra,
  };
  for (const id of ids) {
    fields[`status_${id}`] = 'on_track';
    fields[`percent_${id}`] = '40';
  }
  return { form, fields };
}

describe(`commitments: evidence files, record links, withdrawal, mail to the secretariat (${testDialect})`, () => {
  let t: TTestApp;

  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('mails every reviewer, in their own language, when a commitment is submitted for review', async () => {
    const french = await createUser(t.deps, { roles: ['reviewer'], locale: 'fr' });
    const arabic = await createUser(t.deps, { roles: ['reviewer'], locale: 'ar' });
    const adminOnly = await createUser(t.deps, { roles: ['admin'], locale: 'en' });
    const organization = await createMemberOrganization(t.deps, { name: 'Réseau Soins' });
    const owner = await createPersonIn(t.deps, organization.id, 'owner');
    const client = await signedInClient(t.client(), owner);
    const created = await createCommitment(
      t.deps,
      await actorOf(t.deps, owner),
      commitmentInput(organization.id, { title: 'Crèches in every district' }),
      { locale: 'en' },
    );
    await client.get(`/en/commitments/${encodeURIComponent(created.slug)}`);
    const submitted = await client.post(`/en/commitments/${encodeURIComponent(created.slug)}/submit`, {});
    assert.equal(submitted.status, 303);

    const mailTo = (email: string) => outboxRows(t.deps, { to: email });
    const [toFrench] = await mailTo(french.email);
    assert.equal(
      toFrench?.subject,
      fr.t('commitments.mail.submitted.subject', { title: 'Crèches in every district' }),
    );
    assert.ok(toFrench?.text_body.includes(`/fr/commitments/${encodeURIComponent(created.slug)}`));
    assert.ok(toFrench?.text_body.includes('Réseau Soins'));
    const [toArabic] = await mailTo(arabic.email);
    assert.equal(
      toArabic?.subject,
      ar.t('commitments.mail.submitted.subject', { title: 'Crèches in every district' }),
    );
    assert.equal((await mailTo(adminOnly.email)).length, 0, 'only people holding the reviewer role');
  });

  it('keeps evidence files with a report, lists them on the timeline and serves them to everyone', async () => {
    const { commitment, owner } = await publishedCommitment(t.deps);
    const slug = encodeURIComponent(commitment.slug);
    const client = await signedInClient(t.client(), owner);

    const liar = await reportFields(client, commitment.slug, {
      narrative: 'A report whose file lies.',
      evidenceFiles: [file(Buffer.from('MZ this is a program'), 'minutes.pdf', 'application/pdf')],
    });
    assert.match(liar.form.html, /enctype="multipart\/form-data"/);
    assert.match(liar.form.html, /type="file"[^>]*name="evidenceFiles"|name="evidenceFiles"[^>]*type="file"/);
    const refused = await postMultipart(client, `/en/commitments/${slug}/report`, liar.fields);
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    assert.ok(visibleText(refusedHtml).includes(en.t('commitments.errors.file_mismatch')));
    assert.ok(refusedHtml.includes('A report whose file lies.'), 'the rest of the form is kept');
    const none = await t.deps.db
      .selectFrom('commitment_reports')
      .select('id')
      .where('commitment_id', '=', commitment.id)
      .execute();
    assert.equal(none.length, 0, 'nothing was saved');

    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#0a7' } })
      .png()
      .toBuffer();
    const good = await reportFields(client, commitment.slug, {
      evidenceFiles: [
        file(pdfBytes, 'Annual report 2025.pdf'),
        file(csvBytes, 'centres.csv', 'text/csv'),
        file(png, 'opening day.png', 'image/png'),
      ],
    });
    const saved = await postMultipart(client, `/en/commitments/${slug}/report`, good.fields);
    assert.equal(saved.status, 303);

    const anonymous = t.client();
    const { html } = await anonymous.get(`/en/commitments/${slug}`);
    const text = visibleText(html);
    assert.ok(text.includes(en.t('commitments.timeline.files')));
    for (const name of ['Annual report 2025.pdf', 'centres.csv', 'opening day.png'])
      assert.ok(text.includes(name));
    const links = [...html.matchAll(new RegExp(`href="(/en/commitments/${slug}/files/[^"]+)"`, 'g'))].map(
      (m) => m[1] ?? '',
    );
    assert.equal(links.length, 3);
    const pdf = await anonymous.request(links[0] ?? '');
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.match(
      pdf.headers.get('content-disposition') ?? '',
      /^attachment; filename="Annual report 2025.pdf"/,
    );
    assert.equal(pdf.headers.get('x-content-type-options'), 'nosniff');
    assert.deepEqual(Buffer.from(await pdf.arrayBuffer()), pdfBytes);
    const csv = await anonymous.request(links[1] ?? '');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const image = await anonymous.request(links[2] ?? '');
    const imageBytes = Buffer.from(await image.arrayBuffer());
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal((await sharp(imageBytes).metadata()).width, 8, 're-encoded, still the same picture');
    assert.equal((await anonymous.request(`/en/commitments/${slug}/files/0190000000000000`)).status, 404);
  });

  it('refuses a file over 10 MB, and too many files, with a message in the writer’s language', async () => {
    const { commitment, owner } = await publishedCommitment(t.deps);
    const client = await signedInClient(t.client(), owner);
    const big = Buffer.concat([pdfBytes, Buffer.alloc(10 * 1024 * 1024)]);
    const { fields } = await reportFields(client, commitment.slug, { evidenceFiles: [file(big, 'big.pdf')] });
    const tooBig = await postMultipart(
      client,
      `/pl/commitments/${encodeURIComponent(commitment.slug)}/report`,
      fields,
    );
    assert.equal(tooBig.status, 422);
    assert.ok(visibleText(await tooBig.text()).includes(pl.t('commitments.errors.file_too_large')));
    const many = await reportFields(client, commitment.slug, {
      evidenceFiles: Array.from({ length: 6 }, (_v, i) => file(csvBytes, `table-${i}.csv`)),
    });
    const tooMany = await postMultipart(
      client,
      `/en/commitments/${encodeURIComponent(commitment.slug)}/report`,
      many.fields,
    );
    assert.equal(tooMany.status, 422);
    assert.ok(visibleText(await tooMany.text()).includes(en.t('commitments.errors.file_too_many')));
  });

  it('judges spreadsheets and CSV by their bytes, and refuses macros', async () => {
    const xlsx = zipWith(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    assert.deepEqual((await checkEvidence('budget.xlsx', xlsx)).isAccepted, true);
    const withMacros = zipWith(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']);
    assert.deepEqual(await checkEvidence('budget.xlsx', withMacros), {
      isAccepted: false,
      reason: 'active_content',
    });
    const docx = zipWith(['[Content_Types].xml', 'word/document.xml']);
    assert.deepEqual(await checkEvidence('budget.xlsx', docx), { isAccepted: false, reason: 'mismatch' });
    assert.deepEqual(await checkEvidence('table.csv', pdfBytes), { isAccepted: false, reason: 'mismatch' });
    assert.deepEqual(await checkEvidence('table.csv', Buffer.from([0x61, 0x00, 0x62])), {
      isAccepted: false,
      reason: 'mismatch',
    });
    assert.equal((await checkEvidence('tabla.csv', Buffer.from('año;niñas\n2025;3\n'))).isAccepted, true);
    assert.deepEqual(await checkEvidence('page.html', Buffer.from('<html></html>')), {
      isAccepted: false,
      reason: 'unsupported',
    });
    assert.deepEqual(await checkEvidence('photo.jpg', pdfBytes), { isAccepted: false, reason: 'mismatch' });
  });

  it('links practices, events and recommendations chosen in pickers, shows them and returns them in the API', async () => {
    const [practiceSlug = ''] = await publishPractices(t.deps, [
      practiceInput({ title: 'Hummingbird respite visits for family carers' }),
    ]);
    const practice = await findPracticeBySlug(t.deps.db, practiceSlug);
    const { event, actor: organiser } = await publishedEvent(t.deps, {
      title: 'Hummingbird forum on community care',
    });
    const [recommendation] = await addRecommendation(t.deps, organiser, event.slug, {
      axis: 1,
      verb: 'recommends',
      text: 'Hummingbird leave for every carer who looks after a relative',
      language: 'en',
      themes: [],
    });
    assert.ok(practice && recommendation);

    const organization = await createMemberOrganization(t.deps, { name: 'Hummingbird Alliance' });
    const owner = await createPersonIn(t.deps, organization.id, 'owner');
    const client = await signedInClient(t.client(), owner);
    await client.get('/en/commitments/new');
    const fields = commitmentFormFields(organization.id, { practiceLink: 'https://example.org/older-link' });
    const search = await client.post('/en/commitments/new', {
      ...fields,
      intent: 'findLinks',
      linkQuery: 'hummingbird',
    });
    assert.equal(search.status, 200);
    const searchHtml = await search.text();
    const values = {
      practice: `practice:${practice.id}`,
      event: `event:${event.id}`,
      recommendation: `recommendation:${event.id}:${recommendation.id}`,
    };
    for (const value of Object.values(values)) {
      assert.ok(searchHtml.includes(`name="links" value="${value}"`), `${value} offered`);
    }
    assert.ok(searchHtml.includes('value="Paid care leave for fathers'), 'the rest of the form is kept');

    const unknown = await client.post('/en/commitments/new', {
      ...fields,
      links: ['practice:no-such-practice'],
    });
    assert.equal(unknown.status, 422);
    assert.ok(visibleText(await unknown.text()).includes(en.t('commitments.errors.linkUnavailable')));

    const created = await client.post('/en/commitments/new', { ...fields, links: Object.values(values) });
    assert.equal(created.status, 303);
    const location = created.headers.get('location') ?? '';
    const slug = decodeURIComponent(location.split('/').pop() ?? '');
    const { html } = await client.get(location);
    assert.ok(html.includes(`href="/en/practices/${practiceSlug}"`));
    assert.ok(html.includes(`href="/en/events/${event.slug}"`));
    assert.ok(html.includes(`href="/en/events/${event.slug}/outcome#axis-1"`));
    const text = visibleText(html);
    assert.ok(text.includes('Hummingbird respite visits for family carers'));
    assert.ok(text.includes('Hummingbird leave for every carer'));
    assert.ok(text.includes(en.t('commitments.page.otherLinks')), 'old URL links stay, as other links');
    assert.ok(html.includes('https://example.org/older-link'));

    const edit = await client.get(`/en/commitments/${encodeURIComponent(slug)}/edit`);
    assert.match(
      edit.html,
      new RegExp(`name="links" value="${values.event}" checked`),
      'chosen ones are ticked',
    );

    const ownerActor = await actorOf(t.deps, owner);
    await submitCommitment(t.deps, ownerActor, slug);
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    await publishCommitment(t.deps, await actorOf(t.deps, reviewer, ['reviewer']), slug);
    const api = (await (
      await t.client().request(`/api/v1/commitments/${encodeURIComponent(slug)}`)
    ).json()) as {
      links: { type: string; id: string; title: string; url: string }[];
    };
    assert.deepEqual(
      api.links.map((l) => [l.type, l.id, l.url]),
      [
        ['practice', practice.id, `http://localhost/en/practices/${practiceSlug}`],
        ['event', event.id, `http://localhost/en/events/${event.slug}`],
        ['recommendation', recommendation.id, `http://localhost/en/events/${event.slug}/outcome#axis-1`],
      ],
    );
  });

  it('lets the lead withdraw and the secretariat unpublish; a withdrawn commitment leaves every public place', async () => {
    const { commitment, owner, reviewer } = await publishedCommitment(t.deps, {
      title: 'Zanzibar care cooperatives',
      fiveR: ['five_r:represent'],
    });
    const slug = encodeURIComponent(commitment.slug);
    const ownerActor = await actorOf(t.deps, owner);
    const deliverables = await listDeliverables(t.deps.db, commitment.id);
    await fileReport(
      t.deps,
      ownerActor,
      commitment.slug,
      {
        narrative: '',
        isFinal: false,
        items: deliverables.map((d) => ({
          deliverableId: d.id,
          status: 'on_track',
          percentText: '30',
          narrative: '',
          evidence: [],
        })),
      },
      {},
      [{ name: 'minutes.pdf', bytes: new Uint8Array(pdfBytes) }],
    );
    const before = (await readDashboard(t.deps, null)).figures;

    const client = await signedInClient(t.client(), owner);
    const page = await client.get(`/en/commitments/${slug}`);
    const fileLink = /href="(\/en\/commitments\/[^"]+\/files\/[^"]+)"/.exec(page.html)?.[1] ?? '';
    assert.ok(page.html.includes(`action="/en/commitments/${slug}/withdraw"`));
    const noReason = await client.post(`/en/commitments/${slug}/withdraw`, { reason: '  ' });
    assert.equal(noReason.status, 422);
    assert.ok(visibleText(await noReason.text()).includes(en.t('validation.required')));
    const unpublishAsMaker = await client.post(`/en/commitments/${slug}/unpublish`, { reason: 'Mine' });
    assert.equal(unpublishAsMaker.status, 403, 'unpublishing is the secretariat’s');
    const withdrawn = await client.post(`/en/commitments/${slug}/withdraw`, {
      reason: 'The ministry cancelled the programme.',
    });
    assert.equal(withdrawn.status, 303);

    const anonymous = t.client();
    assert.equal((await anonymous.get(`/en/commitments/${slug}`)).response.status, 404);
    assert.ok(!(await anonymous.get('/en/commitments')).html.includes(`/en/commitments/${slug}"`));
    assert.equal((await anonymous.request(`/api/v1/commitments/${slug}`)).status, 404);
    assert.ok(!(await (await anonymous.request('/feeds/commitments.atom')).text()).includes(slug));
    const found = await t.deps.search.search({ query: 'Zanzibar', locale: 'en', types: ['commitment'] });
    assert.equal(found.items.length, 0, 'gone from the search index');
    assert.equal((await anonymous.request(fileLink)).status, 404, 'its files are private again');
    assert.equal((await client.request(fileLink)).status, 200, 'but not to its makers');

    const figures = (await readDashboard(t.deps, null)).figures;
    assert.equal(figures.total, before.total - 1);
    assert.equal(
      figures.byFiveR.get('five_r:represent') ?? 0,
      (before.byFiveR.get('five_r:represent') ?? 0) - 1,
    );
    const reportsOf = (f: typeof figures) => f.trend.reduce((sum, y) => sum + y.reports, 0);
    assert.equal(reportsOf(figures), reportsOf(before) - 1, 'its report leaves the trend');

    const makerView = visibleText((await client.get(`/en/commitments/${slug}`)).html);
    assert.ok(makerView.includes(en.t('commitments.status.withdrawn')));
    assert.ok(makerView.includes('The ministry cancelled the programme.'));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', commitment.id)
      .where('action', '=', 'commitments.withdrawn')
      .execute();
    assert.equal(audit.length, 1);

    // The makers may rework it and submit it again; once published, it counts again.
    await submitCommitment(t.deps, ownerActor, commitment.slug);
    await publishCommitment(t.deps, await actorOf(t.deps, reviewer, ['reviewer']), commitment.slug);
    const again = (await readDashboard(t.deps, null)).figures;
    assert.equal(again.total, before.total);
    assert.equal(reportsOf(again), reportsOf(before));

    // The secretariat unpublishes, with a reason the makers see.
    const secretariat = await signedInClient(t.client(), reviewer);
    const reviewerPage = await secretariat.get(`/en/commitments/${slug}`);
    assert.ok(reviewerPage.html.includes(`action="/en/commitments/${slug}/unpublish"`));
    assert.equal(
      (await secretariat.post(`/en/commitments/${slug}/withdraw`, { reason: 'Not theirs' })).status,
      403,
      'withdrawing is the lead’s',
    );
    const unpublished = await secretariat.post(`/en/commitments/${slug}/unpublish`, {
      reason: 'The figures could not be verified.',
    });
    assert.equal(unpublished.status, 303);
    assert.equal((await anonymous.get(`/en/commitments/${slug}`)).response.status, 404);
    assert.ok(
      visibleText((await client.get(`/en/commitments/${slug}`)).html).includes('could not be verified'),
    );
    assert.equal((await readDashboard(t.deps, null)).figures.total, before.total - 1);
  });

  it('keeps the dashboard’s facet counts equal to a recount after every change', async () => {
    const recount = async () =>
      (
        await t.deps.db
          .selectFrom('commitment_facets')
          .select(['cycle_id', 'facet', 'value', (eb) => eb.fn.countAll<number>().as('n')])
          .where('is_published', '=', 1)
          .groupBy(['cycle_id', 'facet', 'value'])
          .execute()
      )
        .map((r) => `${r.cycle_id} ${r.facet} ${r.value} ${Number(r.n)}`)
        .sort();
    const kept = async () =>
      (
        await t.deps.db
          .selectFrom('commitment_facet_counts')
          .select(['cycle_id', 'facet', 'value', 'n'])
          .where('n', '>', 0)
          .execute()
      )
        .map((r) => `${r.cycle_id} ${r.facet} ${r.value} ${Number(r.n)}`)
        .sort();
    assert.deepEqual(await kept(), await recount());
    assert.ok((await kept()).length > 0);

    // The other dimensions and the reports, recounted from the commitments themselves.
    const published = await t.deps.db
      .selectFrom('commitments')
      .selectAll()
      .where('status', '=', 'published')
      .execute();
    const expected = new Map<string, number>();
    const bump = (cycle: string, dimension: string, value: string) => {
      const key = `${cycle} ${dimension} ${value}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    };
    for (const c of published) {
      bump(c.cycle_id, 'kind', c.kind ?? '');
      bump(c.cycle_id, 'progress', c.progress_status ?? '');
      bump(c.cycle_id, 'published_year', c.published_at?.slice(0, 4) ?? '');
    }
    const reports = await t.deps.db
      .selectFrom('commitment_reports')
      .select(['cycle_id', 'reported_at'])
      .where('is_published', '=', 1)
      .execute();
    for (const r of reports) bump(r.cycle_id, 'report_year', r.reported_at.slice(0, 4));
    const dimensions = await t.deps.db
      .selectFrom('commitment_dimension_counts')
      .select(['cycle_id', 'dimension', 'value', 'n'])
      .where('dimension', 'in', ['kind', 'progress', 'published_year', 'report_year'])
      .where('n', '>', 0)
      .execute();
    assert.deepEqual(
      dimensions.map((d) => `${d.cycle_id} ${d.dimension} ${d.value} ${Number(d.n)}`).sort(),
      [...expected].map(([key, n]) => `${key} ${n}`).sort(),
    );
  });

  it('counts lights on the dashboard by the same rule as the listings', async () => {
    const figures = (await readDashboard(t.deps, null)).figures;
    const cutoffs = stalenessCutoffs(t.deps.clock.now(), t.deps.config.commitmentStaleness);
    const rows = await t.deps.db
      .selectFrom('commitments')
      .select([lightSql(cutoffs).as('light'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'published')
      .groupBy(sql`1`)
      .execute();
    assert.deepEqual(
      Object.fromEntries([...figures.byLight].sort()),
      Object.fromEntries(rows.map((r) => [r.light, Number(r.n)]).sort()),
    );
    assert.equal(
      figures.total,
      rows.reduce((sum, r) => sum + Number(r.n), 0),
    );
  });
});
