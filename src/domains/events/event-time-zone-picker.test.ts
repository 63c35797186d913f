import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { muscatEveningForm, useOrganisers } from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { findEventBySlug } from './events.repository.ts';

/** The time-zone control of the event form: its tag and everything inside it. */
function zoneSelect(html: string): string {
  return /<select[^>]*name="timeZone"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
}

function selectedZones(select: string): string[] {
  return [...select.matchAll(/<option value="([^"]*)" selected/g)].map((m) => m[1] ?? '');
}

describe(`event time-zone picker (${testDialect})`, () => {
  // Mid-winter: Muscat is UTC+04:00 and Bogotá UTC−05:00 all year, so the labels do not move.
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
  const { omani, american } = useOrganisers(t, {
    omani: { countries: ['OM'] },
    american: { countries: ['US'] },
  });

  it('offers zones as a select grouped by region, labelled in the reader’s language, never a text box', async () => {
    const { html } = await omani.get('/ar/events/new');
    assert.doesNotMatch(html, /<input[^>]*name="timeZone"/, 'no box to type a zone into');
    const select = zoneSelect(html);
    assert.ok(select, 'a select named timeZone');
    assert.match(html, /<label for="event-timeZone"/, 'the select has its label');
    for (const region of ['أفريقيا', 'آسيا', 'أوروبا', 'الأمريكتان']) {
      assert.match(select, new RegExp(`<optgroup label="${region}">`), region);
    }
    const muscat = /<option value="Asia\/Muscat"[^>]*>([^<]*)<\/option>/.exec(select)?.[1] ?? '';
    assert.ok(muscat.includes('UTC+04:00'), `offset in "${muscat}"`);
    assert.ok(muscat.includes('توقيت عُمان'), `the place in Arabic, not an English city, in "${muscat}"`);
    assert.ok(!muscat.includes('Muscat'), `no English city in "${muscat}"`);
    assert.ok(muscat.includes('توقيت الخليج'), `the Arabic name of the zone in "${muscat}"`);
    const bogota = /<option value="America\/Bogota"[^>]*>([^<]*)<\/option>/.exec(select)?.[1] ?? '';
    assert.ok(bogota.includes('UTC-05:00'), `offset in "${bogota}"`);
  });

  it('defaults to the zone of the organisation’s country when it has one zone, else UTC', async () => {
    assert.deepEqual(selectedZones(zoneSelect((await omani.get('/en/events/new')).html)), ['Asia/Muscat']);
    assert.deepEqual(selectedZones(zoneSelect((await american.get('/en/events/new')).html)), ['UTC']);
  });

  it('refuses a forged zone with a named error and keeps the form', async () => {
    for (const forged of ['Etc/GMT+5', 'Mars/Olympus_Mons', '<script>alert(1)</script>', '']) {
      await omani.get('/en/events/new');
      const res = await omani.post(
        '/en/events/new',
        muscatEveningForm(omani.organization.slug, { timeZone: forged }),
      );
      assert.equal(res.status, 422, forged);
      const html = await res.text();
      const summary = /<div class="notice error error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
      assert.match(summary, /href="#event-timeZone"/, `the summary links to the zone (${forged})`);
      assert.ok(visibleText(summary).includes('Time zone of the event'), 'the summary names the field');
      assert.match(html, /<select[^>]*id="event-timeZone"[^>]*aria-invalid="true"/);
      assert.ok(html.includes('value="Carers’ evening in Muscat"'), 'the title is kept');
      assert.ok(!html.includes('<script>alert(1)</script>'), 'the forged value is never echoed raw');
    }
  });

  it('saves the picked zone and shows it chosen when editing', async () => {
    await omani.get('/en/events/new');
    const res = await omani.post(
      '/en/events/new',
      muscatEveningForm(omani.organization.slug, { timeZone: 'America/Bogota' }),
    );
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 300));
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/events/')[1] ?? '');
    const event = await findEventBySlug(t.deps.db, slug);
    assert.equal(event?.timeZone, 'America/Bogota');
    assert.equal(event?.startsAt, '2026-03-02T23:00:00.000Z', '18:00 in Bogotá is 23:00 UTC');
    const edit = await omani.get(`/en/events/${encodeURIComponent(slug)}/edit`);
    assert.deepEqual(selectedZones(zoneSelect(edit.html)), ['America/Bogota']);
  });
});
