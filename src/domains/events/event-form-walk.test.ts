import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  lseEventInput,
} from '../../../test/support/events.ts';
import { errorSummaryNames, rowLegends } from '../../../test/support/form-walk.ts';
import { practiceInput, publishPractices } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { findEventBySlug } from './events.repository.ts';
import { createEvent, publishEvent } from './events.service.ts';

/**
 * The event form walked without JavaScript (issue 16): languages are ticked by name, related practices
 * picked by title (no slugs typed), registration questions are rows, at most five.
 */
describe('event form without a script: languages, related records and questions', () => {
  let t: TTestApp;
  let organiser: TestClient;
  let orgSlug = '';
  let practiceSlug = '';

  const filled = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'Care in the city: an open afternoon',
    summary: 'Carers, councils and researchers meet in Bogotá.',
    description: 'A public afternoon on neighbourhood care blocks.',
    language: 'es',
    kind: 'meeting',
    format: 'in_person',
    timeZone: 'America/Bogota',
    startDate: '2026-03-12',
    startTime: '14:00',
    endDate: '2026-03-12',
    endTime: '17:00',
    venue: 'Biblioteca Virgilio Barco',
    place: JSON.stringify({ name: 'Bogotá', country: 'CO', latitude: 4.71, longitude: -74.07 }),
    registrationMode: 'platform',
    capacity: '40',
    question: ['Do you need a sign language interpreter?'],
    languages: ['es', 'en'],
    interpretation: ['en'],
    organizers: [orgSlug],
    relatedPractices: [practiceSlug],
    ...overrides,
  });

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
    const org = await createMemberOrganization(t.deps, { slug: 'cuidar-juntas', name: 'Cuidar Juntas' });
    orgSlug = org.slug;
    organiser = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
    [practiceSlug = ''] = await publishPractices(t.deps, [practiceInput({ title: 'Manzanas del cuidado' })]);
  });
  after(async () => {
    await t.close();
  });

  it('names languages in the reader’s language and related practices by title, with nothing to type', async () => {
    const { html } = await organiser.get('/es/events/new');
    assert.doesNotMatch(
      html,
      /<(textarea|input)[^>]*name="(languages|interpretation|relatedPractices|relatedCommitments|questions)"[^>]*(type="text"|rows)/,
    );
    assert.match(
      html,
      /<input type="checkbox"[^>]*name="languages" value="ar"\/> <label[^>]*>árabe<\/label>/,
    );
    assert.match(html, /name="relatedPractices" value="[^"]+"\/> <label[^>]*>Manzanas del cuidado<\/label>/);
    assert.deepEqual(rowLegends(html), ['Pregunta 1']);
  });

  it('adds a question row, names the one mistake, keeps everything, then saves and edits as rows', async () => {
    await organiser.get('/en/events/new');
    const added = await organiser.post('/en/events/new', { ...filled(), _add: 'questions' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.deepEqual(rowLegends(addedHtml), ['Question 1', 'Question 2']);
    assert.match(addedHtml, /value="Do you need a sign language interpreter\?"/);

    const refused = await organiser.post(
      '/en/events/new',
      filled({
        title: '',
        question: ['Do you need a sign language interpreter?', 'Will you bring a child?'],
      }),
    );
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Title']);
    assert.match(html, /value="Will you bring a child\?"/);
    assert.match(html, /name="languages" value="es" checked=""/);
    assert.match(html, /name="interpretation" value="en" checked=""/);
    assert.match(html, new RegExp(`name="relatedPractices" value="${practiceSlug}" checked=""`));

    const saved = await organiser.post(
      '/en/events/new',
      filled({ question: ['Do you need a sign language interpreter?', 'Will you bring a child?'] }),
    );
    assert.equal(saved.status, 303);
    const slug = decodeURIComponent((saved.headers.get('location') ?? '').split('/events/')[1] ?? '');
    const event = await findEventBySlug(t.deps.db, slug);
    assert.deepEqual(event?.languages, ['es', 'en']);
    assert.deepEqual(event?.interpretation, ['en']);
    assert.deepEqual(event?.relatedPractices, [practiceSlug]);
    assert.deepEqual(event?.questions, [
      'Do you need a sign language interpreter?',
      'Will you bring a child?',
    ]);

    // The event page names the related practice by its title, in its own language, not by its slug.
    const page = await organiser.get(`/en/events/${slug}`);
    assert.match(
      page.html,
      new RegExp(`<a href="/en/practices/${practiceSlug}" lang="[a-z]+" dir="auto">Manzanas del cuidado</a>`),
    );
    assert.doesNotMatch(visibleText(page.html), new RegExp(`: ${practiceSlug}`));

    const edit = await organiser.get(`/en/events/${slug}/edit`);
    assert.deepEqual(rowLegends(edit.html), ['Question 1', 'Question 2']);
    assert.match(edit.html, /name="languages" value="en" checked=""/);
  });

  it('stops offering another question at five', async () => {
    await organiser.get('/en/events/new');
    const five = ['One?', 'Two?', 'Three?', 'Four?', 'Five?'];
    const res = await organiser.post('/en/events/new', { ...filled({ question: five }), _add: 'questions' });
    const html = await res.text();
    assert.equal(rowLegends(html).length, 5);
    assert.match(html, /<p hidden="">\s*<button[^>]*value="questions"/);
  });
});

/** The outcome form walked without JavaScript: axes, recordings and documents as rows, addressees ticked. */
describe('event outcome form without a script: rows and addressees', () => {
  let t: TTestApp;
  let editor: TestClient;
  let base = '';

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2025-01-10T12:00:00Z') } });
    const org = await createMemberOrganization(t.deps, { slug: 'muscat-care-forum', countries: ['OM'] });
    const person = await createOrganizationPerson(t.deps, org.id, 'editor');
    const actor = await actorOf(t.deps, person);
    const draft = await createEvent(
      t.deps,
      actor,
      lseEventInput(org.slug, {
        title: 'Care policies forum',
        timeZone: 'Asia/Muscat',
        start: '2024-12-16T09:00',
        end: '2024-12-17T15:00',
        registrationMode: 'none',
        capacity: null,
      }),
    );
    await publishEvent(t.deps, actor, draft.slug);
    editor = await signedInClient(t.client(), person);
    base = `/en/events/${encodeURIComponent(draft.slug)}/outcome`;
  });
  after(async () => {
    await t.close();
  });

  it('adds a row, names the one mistake, keeps everything, saves, and shows the rows again', async () => {
    const empty = await editor.get(`${base}/edit`);
    assert.doesNotMatch(empty.html, /<textarea[^>]*name="(axes|recordings|documents)"/);
    assert.doesNotMatch(empty.html, /<input[^>]*name="addressees"[^>]*type="text"/);
    const filled = {
      summary: 'Two days on care policies.',
      axis: ['Policies and programmes'],
      recordingTitle: ['Opening session'],
      recordingUrl: ['https://example.org/opening'],
      documentTitle: ['Final declaration'],
      documentUrl: ['example.org/final.pdf'],
    };
    const added = await editor.post(`${base}/edit`, { ...filled, _add: 'axes' });
    assert.equal(added.status, 200);
    const addedHtml = await added.text();
    assert.ok(rowLegends(addedHtml).includes('Axis 2'));
    assert.match(addedHtml, /value="Opening session"/);

    const withTwo = { ...filled, axis: ['Policies and programmes', 'Social justice'] };
    const refused = await editor.post(`${base}/edit`, withTwo);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.deepEqual(errorSummaryNames(html), ['Documents']);
    assert.match(html, /value="Social justice"/);
    assert.match(html, /value="example.org\/final.pdf"/);

    const saved = await editor.post(`${base}/edit`, {
      ...withTwo,
      documentUrl: ['https://example.org/final.pdf'],
    });
    assert.equal(saved.status, 303);
    const edit = await editor.get(`${base}/edit`);
    assert.deepEqual(
      rowLegends(edit.html).filter((l) => /^(Axis|Recording|Document) /.test(l)),
      ['Axis 1', 'Axis 2', 'Recording 1', 'Document 1'],
    );

    const recommendation = {
      axis: '2',
      verb: 'calls_for',
      text: 'Count unpaid care in national accounts.',
      language: 'en',
      addressees: ['governments'],
      addresseeOther: ['Statistics offices'],
    };
    const more = await editor.post(`${base}/recommendations`, { ...recommendation, _add: 'addresseeOthers' });
    assert.equal(more.status, 200);
    assert.ok(rowLegends(await more.text()).includes('Other 2'));
    const noVerb = await editor.post(`${base}/recommendations`, { ...recommendation, verb: '' });
    assert.equal(noVerb.status, 422);
    const noVerbHtml = await noVerb.text();
    assert.deepEqual(errorSummaryNames(noVerbHtml), ['What it does']);
    assert.match(noVerbHtml, /name="addressees" value="governments" checked=""/);
    assert.match(noVerbHtml, /value="Statistics offices"/);
    const ok = await editor.post(`${base}/recommendations`, recommendation);
    assert.equal(ok.status, 303);
    const page = await t.client().get(base);
    assert.match(visibleText(page.html), /Addressed to: governments and Statistics offices/);
    const row = await t.deps.db
      .selectFrom('event_recommendations')
      .select('addressees')
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(row.addressees), ['governments', 'Statistics offices']);
  });
});
