import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clockFrom, createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  commitmentFormFields,
  createMemberOrganization,
  createPersonIn,
} from '../../../test/support/commitments.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { translator } from '../../i18n/translator.ts';

const en = translator('en');
const pl = translator('pl');

describe('commitments pages, API and feed', () => {
  let t: TTestApp;
  let orgId = '';
  let slug = '';

  before(async () => {
    // Inside the 2021–2026 cycle the test commitments belong to, whatever the date the tests run on.
    t = await createTestApp({ clock: clockFrom(new Date('2025-09-15T10:00:00.000Z')) });
    orgId = (
      await createMemberOrganization(t.deps, {
        name: 'Fundacja Opieki',
        stakeholderType: 'philanthropy_national',
        countries: ['PL'],
      })
    ).id;
  });
  after(async () => {
    await t.close();
  });

  it('shows the listing to everyone, and sends visitors to sign in before declaring', async () => {
    const client = t.client();
    const { response, html } = await client.get('/en/commitments');
    assert.equal(response.status, 200);
    assert.match(visibleText(html), new RegExp(en.t('commitments.index.title')));
    const form = await client.request('/en/commitments/new');
    assert.equal(form.status, 302);
    assert.match(form.headers.get('location') ?? '', /^\/en\/sign-in\?next=/);
  });

  it('declares with two deliverables, keeps what was typed on a refusal, and explains what is missing', async () => {
    const editor = await createPersonIn(t.deps, orgId, 'editor', { locale: 'pl' });
    const client = await signedInClient(t.client(), editor);
    await client.get('/pl/commitments/new');
    const refused = await client.post(
      '/pl/commitments/new',
      commitmentFormFields(orgId, {
        kind: 'financing',
        amount: '350.5',
        currency: 'PLN',
        endDate: '2020-01-01',
      }),
    );
    assert.equal(refused.status, 422);
    const refusedHtml = await refused.text();
    const refusedText = visibleText(refusedHtml);
    assert.ok(
      refusedText.includes(pl.t('commitments.errors.amountFormat')),
      'a decimal point is refused in Polish, in Polish',
    );
    assert.ok(refusedText.includes(pl.t('commitments.errors.outsideCycle')));
    assert.ok(refusedHtml.includes('value="Draft the law"'), 'deliverables are kept');

    const fields = commitmentFormFields(orgId, {
      kind: 'financing',
      amount: '1 350 000,50',
      currency: 'PLN',
    });
    const created = await client.post('/pl/commitments/new', fields);
    assert.equal(created.status, 303);
    const location = created.headers.get('location') ?? '';
    slug = decodeURIComponent(location.split('/').pop() ?? '');
    const { html } = await client.get(location);
    const text = visibleText(html);
    assert.ok(text.includes(pl.t('commitments.status.draft')));
    assert.ok(text.includes(pl.t('commitments.page.complete')), 'the check says it is complete');
    assert.match(text, /1\s350\s000,50\szł/, 'the amount in Polish');
    assert.ok(text.includes('Leave taken by fathers'));

    const submitted = await client.post(`/pl/commitments/${encodeURIComponent(slug)}/submit`, {});
    assert.equal(submitted.status, 303);
  });

  it('lets the secretariat publish, then the maker reports 40 % delayed and everything shows it', async () => {
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const secretariat = await signedInClient(t.client(), reviewer);
    const { html: queue } = await secretariat.get('/en/commitments/review');
    assert.ok(queue.includes(encodeURIComponent(slug)), 'in the review queue');
    await secretariat.get(`/en/commitments/${encodeURIComponent(slug)}`);
    assert.equal(
      (await secretariat.post(`/en/commitments/${encodeURIComponent(slug)}/publish`, {})).status,
      303,
    );

    const anonymous = t.client();
    let page = visibleText((await anonymous.get(`/en/commitments/${encodeURIComponent(slug)}`)).html);
    assert.ok(page.includes(en.t('commitments.light.new')), 'new until the first report');

    const owner = await createPersonIn(t.deps, orgId, 'owner');
    const maker = await signedInClient(t.client(), owner);
    const form = await maker.get(`/en/commitments/${encodeURIComponent(slug)}/report`);
    assert.equal(form.response.status, 200);
    const ids = [...form.html.matchAll(/name="status_([\w-]+)"/g)].map((m) => m[1] ?? '');
    assert.equal(ids.length, 2);
    const [first = '', second = ''] = ids;
    const tooMuch = await maker.post(`/en/commitments/${encodeURIComponent(slug)}/report`, {
      [`status_${first}`]: 'delayed',
      [`percent_${first}`]: '140',
      [`status_${second}`]: 'on_track',
      [`percent_${second}`]: '40',
    });
    assert.equal(tooMuch.status, 422);
    assert.ok(visibleText(await tooMuch.text()).includes(en.t('commitments.errors.percent')));
    const reported = await maker.post(`/en/commitments/${encodeURIComponent(slug)}/report`, {
      [`status_${first}`]: 'delayed',
      [`percent_${first}`]: '40',
      [`narrative_${first}`]: 'The bill waits for a second reading.',
      [`evidenceLink_${first}`]: 'https://example.org/bill',
      [`status_${second}`]: 'delayed',
      [`percent_${second}`]: '40',
      narrative: 'Slower than planned.',
    });
    assert.equal(reported.status, 303);

    page = visibleText((await anonymous.get(`/en/commitments/${encodeURIComponent(slug)}`)).html);
    assert.ok(
      page.includes(
        en.t('commitments.progress.withPercent', {
          status: en.t('commitments.progress.delayed'),
          percent: 40,
        }),
      ),
    );
    assert.ok(page.includes(en.t('commitments.light.green')), 'the light turned green');
    assert.ok(page.includes('The bill waits for a second reading.'), 'the timeline shows the report');

    const prefilled = await maker.get(`/en/commitments/${encodeURIComponent(slug)}/report`);
    assert.match(
      prefilled.html,
      new RegExp(`name="percent_${first}"[^>]*value="40"`),
      'the next form starts from the last report',
    );

    const dashboard = await anonymous.get('/en/commitments/dashboard');
    assert.equal(dashboard.response.status, 200);
    assert.match(
      dashboard.html,
      /<svg[^>]+role="img"[^>]+aria-labelledby="chart-progress-title chart-progress-desc"/,
    );
    assert.match(visibleText(dashboard.html), new RegExp(`${en.t('commitments.progress.delayed')} 1`));

    const report = await anonymous.get('/en/commitments/report/2021-2026');
    assert.equal(report.response.status, 200);
    const reportText = visibleText(report.html);
    assert.ok(reportText.includes(en.t('commitments.report.contents')));
    assert.ok(reportText.includes('Paid care leave for fathers'));

    const json = (await (await anonymous.request('/api/v1/commitments?progress=delayed')).json()) as {
      items: { slug: string; progressPercent: number; light: string; amount: number; currency: string }[];
      total: number;
    };
    assert.equal(json.total, 1);
    assert.deepEqual(
      {
        slug: json.items[0]?.slug,
        percent: json.items[0]?.progressPercent,
        light: json.items[0]?.light,
        amount: json.items[0]?.amount,
      },
      { slug, percent: 40, light: 'green', amount: 1_350_000.5 },
    );
    const csv = await anonymous.request('/api/v1/commitments?format=csv');
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM, for spreadsheets');
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0] ?? '', /^slug,url,title/);
    const openapi = (await (await anonymous.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(openapi.paths['/commitments'], 'documented in OpenAPI');
    const feed = await anonymous.request('/feeds/commitments.atom?locale=pl');
    assert.equal(feed.status, 200);
    const atom = await feed.text();
    assert.match(atom, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.ok(atom.includes(`/pl/commitments/${encodeURIComponent(slug)}`));
    assert.equal((await anonymous.get('/ar/commitments/codebook')).response.status, 200);

    // The hub's one search box finds it, in another language too (by the concepts it is tagged with).
    const found = await anonymous.get('/en/search?q=paid+care+leave+fathers');
    assert.ok(found.html.includes(`/en/commitments/${encodeURIComponent(slug)}`), 'found by its words');
    const crossLanguage = await t.deps.search.search({
      query: 'redistribuir',
      locale: 'es',
      types: ['commitment'],
    });
    assert.ok(
      crossLanguage.items.some((i) => i.slug === slug),
      'found from Spanish through the 5R concept',
    );
  });

  it('refuses a report on someone else’s commitment', async () => {
    const other = await createMemberOrganization(t.deps, { name: 'Another Network' });
    const stranger = await createPersonIn(t.deps, other.id, 'owner');
    const client = await signedInClient(t.client(), stranger);
    const form = await client.request(`/en/commitments/${encodeURIComponent(slug)}/report`);
    assert.equal(form.status, 403);
    await client.get('/en/commitments');
    const post = await client.post(`/en/commitments/${encodeURIComponent(slug)}/report`, {
      narrative: 'Not ours',
    });
    assert.equal(post.status, 403);
    const reports = await t.deps.db.selectFrom('commitment_reports').select('id').execute();
    assert.equal(reports.length, 1);
  });

  it('opens a round from its page; the round shows who has reported', async () => {
    const admin = await createUser(t.deps, { roles: ['admin'] });
    const client = await signedInClient(t.client(), admin);
    const { html } = await client.get('/en/commitments/rounds');
    const cycleId = /name="cycleId"[\s\S]*?<option value="([^"]+)"/.exec(html)?.[1] ?? '';
    const today = t.deps.clock.now().toISOString().slice(0, 10);
    const response = await client.post('/en/commitments/rounds', {
      cycleId,
      title: 'Annual survey',
      opensOn: '2020-01-01',
      deadline: today,
      remindDaysBefore: '14',
      remindDaysAfter: '0',
    });
    assert.equal(response.status, 303);
    const round = await client.get(response.headers.get('location') ?? '');
    const text = visibleText(round.html);
    assert.ok(text.includes('Paid care leave for fathers'));
    assert.ok(text.includes(en.t('commitments.rounds.notYet')), 'no report in this round yet');
    assert.ok(text.includes(en.t('commitments.rounds.reminders')));
  });
});
