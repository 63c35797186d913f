import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../../../test/support/accounts.ts';
import { createMemberOrganization, eventRow } from '../../../test/support/events.ts';
import { seedText } from '../../../test/support/seeds.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { makeActor, type TActor } from '../../core/actor.ts';
import type { TFieldName, TProposedField } from './imports.schemas.ts';
import { draftFromImport, importText } from './imports.service.ts';

/**
 * The five founding texts (shared/seeds), imported as a curator would, checked against what a person
 * reading them would expect of each field. The expectations are ours; the texts are only read.
 */
const values = (fields: readonly TProposedField[], name: TFieldName) =>
  fields.filter((f) => f.field === name).map((f) => f.value);

describe(`the founding texts, imported (${testDialect})`, () => {
  let t: TTestApp;
  let curator: TActor;

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
    const user = await createUser(t.deps, { roles: ['curator'] });
    curator = makeActor(user.id, ['curator']);
    await createMemberOrganization(t.deps, { slug: 'uclg', name: 'United Cities and Local Governments' });
  });
  after(async () => {
    await t.close();
  });

  const read = async (prefix: string) =>
    importText(t.deps, curator, { text: seedText(prefix), sourceKind: 'paste' });

  it('the alliance’s description in Russian: language, title, a partnership, its themes', async () => {
    const item = await read('000');
    assert.equal(item.language, 'ru');
    assert.equal(item.kind, 'partnership');
    assert.match(item.title, /^Глобальный альянс/);
    assert.deepEqual(values(item.fields, 'date'), []);
    const concepts = values(item.fields, 'concept');
    assert.ok(concepts.includes('theme:unpaid_care_work'));
    assert.ok(concepts.includes('population:women'));
    // A common word is not a country ("того" is not Togo).
    assert.ok(!values(item.fields, 'country').includes('TG'));
  });

  it('a members’ news item in English: date, news, places and the organisers named with acronyms', async () => {
    const item = await read('001');
    assert.equal(item.language, 'en');
    assert.equal(item.kind, 'news');
    assert.match(item.title, /^Local governments, key players/);
    assert.deepEqual(values(item.fields, 'date'), ['2024-09-21']);
    assert.ok(values(item.fields, 'country').includes('MX'));
    const organisations = item.fields.filter((f) => f.field === 'organisation');
    assert.equal(
      organisations.find((f) => f.detail?.slug === 'uclg')?.value,
      'United Cities and Local Governments',
    );
    assert.ok(values(item.fields, 'organisation').includes('UN Economic and Social Council'));
    assert.ok(values(item.fields, 'concept').includes('sdg_target:5_4'));
  });

  it('the Kraków partnership in Polish: leader and partners, city, county and country, date, goals, who can benefit', async () => {
    const item = await read('002');
    assert.equal(item.language, 'pl');
    assert.equal(item.kind, 'partnership');
    assert.match(item.title, /Równowaga- Praca- Rodzina/);
    assert.deepEqual(values(item.fields, 'date'), ['2008-07-04']);
    assert.deepEqual(values(item.fields, 'country'), ['PL']);
    assert.deepEqual(values(item.fields, 'city'), ['Kraków', 'Powiat krakowski']);
    assert.deepEqual(values(item.fields, 'lead'), ['Stowarzyszenie Doradców Europejskich PLinEU']);
    const partners = values(item.fields, 'partner');
    assert.equal(partners.length, 8);
    assert.ok(partners.includes('Adecco Poland Sp. z o.o.'));
    assert.ok(partners.includes('Urząd Pracy Powiatu Krakowskiego'));
    assert.equal(values(item.fields, 'goal').length, 4);
    assert.equal(values(item.fields, 'beneficiary').length, 2);
    const eligibility = values(item.fields, 'eligibility');
    assert.equal(eligibility.length, 1);
    assert.match(eligibility[0] ?? '', /zameldowanie/);
    // The evidence points at the very words in the text.
    const city = item.fields.find((f) => f.field === 'city');
    assert.equal(item.text.slice(city?.start, city?.end), 'Krakowa');
  });

  it('the Omani conference in Arabic: an outcome with five axes and its recommendations, made a draft', async () => {
    const item = await read('003');
    assert.equal(item.language, 'ar');
    assert.equal(item.kind, 'outcome');
    assert.match(item.title, /سياسات وبرامج الرعاية الاجتماعية/);
    assert.deepEqual(values(item.fields, 'date'), ['2024-12-17']);
    assert.deepEqual(values(item.fields, 'eventStart'), ['2024-12-17T15:10']);
    assert.deepEqual(values(item.fields, 'country'), ['OM']);
    assert.equal(values(item.fields, 'axis').length, 5);
    const recommendations = item.fields.filter((f) => f.field === 'recommendation');
    assert.equal(recommendations.length, 8);
    assert.deepEqual([...new Set(recommendations.map((r) => r.detail?.verb))].sort(), [
      'calls_for',
      'points_to',
      'recommends',
      'stresses',
    ]);
    assert.ok(recommendations.every((r) => Number(r.detail?.axis) >= 1 && Number(r.detail?.axis) <= 5));

    const accepted = item.fields.map((f) => ({ decision: 'accepted', value: f.value }));
    const { draft } = await draftFromImport(t.deps, curator, item.id, {
      kind: 'outcome',
      version: item.version,
      fields: accepted,
    });
    assert.equal(draft.recordType, 'event');
    const event = await eventRow(t.deps, draft.slug);
    assert.equal(event.status, 'draft');
    assert.equal((JSON.parse(event.outcome ?? '{}') as { axes: string[] }).axes.length, 5);
    const saved = await t.deps.db
      .selectFrom('event_recommendations')
      .select(['verb', 'axis'])
      .where('event_id', '=', event.id)
      .execute();
    assert.equal(saved.length, 8);
  });

  it('the news page in English that lists several items: its date, the seminar further down, the hosts', async () => {
    const item = await read('004');
    assert.equal(item.language, 'en');
    assert.equal(item.kind, 'news');
    assert.deepEqual(values(item.fields, 'date'), ['2024-09-21']);
    assert.deepEqual(values(item.fields, 'eventStart'), ['2026-01-28T15:15']);
    assert.deepEqual(values(item.fields, 'timeZone'), ['UTC']);
    const organisations = values(item.fields, 'organisation');
    assert.ok(organisations.includes('Make Mothers Matter'));
    assert.ok(organisations.includes('Care Policy Evaluation Centre'));
  });
});
