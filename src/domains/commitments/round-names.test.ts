import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { listRounds } from './commitment-reporting.repository.ts';

/**
 * Reporting round names per language (issue 16, item 4): the demo's "Annual progress report" is named
 * in every interface language; the secretariat edits the names on the round's page; a language without
 * a name shows the original, marked with its language; bad input keeps what was typed.
 */
describe('round names per language', () => {
  let t: TTestApp;
  let roundId: string;
  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps);
    const [round] = await listRounds(t.deps.db);
    assert.ok(round);
    roundId = round.id;
  });
  after(() => t.close());

  it('shows the demo round in the reader’s language on the rounds list, the round and a commitment', async () => {
    const list = visibleText(await (await t.app.request('/es/commitments/rounds')).text());
    assert.match(list, /Informe anual de avances/);
    assert.doesNotMatch(list, /Annual progress report/);
    const page = await (await t.app.request(`/ar/commitments/rounds/${roundId}`)).text();
    assert.match(page, /<h1><span lang="ar" dir="auto">تقرير التقدّم السنوي<\/span><\/h1>/);
  });

  it('lets the secretariat name the round per language; an emptied language falls back visibly', async () => {
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const client = await signedInClient(t.client(), reviewer);
    const { html } = await client.get(`/en/commitments/rounds/${roundId}`);
    assert.match(html, /name="name_pl" type="text" value="Roczne sprawozdanie z postępów"/);
    // Each name is typed in its own language and direction, whatever the page's.
    assert.match(html, /<input[^>]*name="name_ar"[^>]*lang="ar" dir="rtl"/);
    assert.match(html, /<input[^>]*name="name_pl"[^>]*lang="pl" dir="ltr"/);
    const response = await client.post(`/en/commitments/rounds/${roundId}/names`, {
      name_en: 'Annual progress report 2026',
      name_es: 'Informe anual de avances 2026',
      name_fr: '',
      name_ru: 'Ежегодный отчёт',
      name_ar: 'تقرير التقدّم السنوي',
      name_pl: '',
    });
    assert.equal(response.status, 303);
    const polish = await (await t.app.request(`/pl/commitments/rounds/${roundId}`)).text();
    assert.match(polish, /<span lang="en" dir="auto">Annual progress report 2026<\/span>/);
    assert.match(visibleText(polish), /\(brak jeszcze nazwy w tym języku: angielski\)/);
    const spanish = visibleText(await (await t.app.request(`/es/commitments/rounds/${roundId}`)).text());
    assert.match(spanish, /Informe anual de avances 2026/);
    assert.doesNotMatch(spanish, /aún sin nombre/);
    const entries = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'commitments.round_names_edited')
      .execute();
    assert.equal(entries.length, 1);
    assert.match(String(entries[0]?.details), /"en".*"fr".*"ru".*"pl"/);
  });

  it('refuses an empty original name with a named error, keeping what was typed', async () => {
    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const client = await signedInClient(t.client(), reviewer);
    await client.get(`/en/commitments/rounds/${roundId}`);
    const response = await client.post(`/en/commitments/rounds/${roundId}/names`, {
      name_en: '   ',
      name_es: 'Informe anual — versión corregida',
    });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /value="Informe anual — versión corregida"/);
    assert.match(html, /href="#names-name_en"/, 'the summary links to the field');
  });

  it('refuses people who are not the secretariat', async () => {
    const member = await createUser(t.deps);
    const client = await signedInClient(t.client(), member);
    await client.get('/en/commitments/rounds');
    const response = await client.post(`/en/commitments/rounds/${roundId}/names`, { name_en: 'Mine now' });
    assert.equal(response.status, 403);
    const [round] = await listRounds(t.deps.db);
    assert.equal(round?.title, 'Annual progress report 2026');
  });
});
