import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine } from './ical.ts';

/** Parses with ical.js, registers the file's own VTIMEZONEs, and returns its events. */
export function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('iCalendar writer', () => {
  it('escapes text and folds long lines at 75 octets without breaking characters', () => {
    assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'رعاية '.repeat(30)}`);
    for (const line of folded.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75);
    assert.equal(folded.split('\r\n ').join(''), `SUMMARY:${'رعاية '.repeat(30)}`);
  });

  it('keeps the event in its zone with a VTIMEZONE that ical.js reads back to the right instant', () => {
    const text = buildCalendar({
      productId: 'Carehub',
      name: 'Test',
      now: new Date('2026-01-10T00:00:00Z'),
      events: [
        {
          uid: 'one@example.org',
          sequence: 2,
          status: 'CONFIRMED',
          summary: 'Maternal mental health, in London; live',
          timeZone: 'Europe/London',
          startLocal: '2026-01-28T15:15',
          endLocal: '2026-01-28T17:30',
          startsAt: Date.UTC(2026, 0, 28, 15, 15),
          endsAt: Date.UTC(2026, 0, 28, 17, 30),
        },
        {
          uid: 'two@example.org',
          sequence: 0,
          status: 'CANCELLED',
          summary: 'Summer meeting',
          timeZone: 'Europe/Warsaw',
          startLocal: '2026-07-01T10:00',
          endLocal: '2026-07-01T12:00',
          startsAt: Date.UTC(2026, 6, 1, 8),
          endsAt: Date.UTC(2026, 6, 1, 10),
        },
      ],
    });
    assert.match(text, /DTSTART;TZID=Europe\/London:20260128T151500\r\n/);
    const { events } = parseCalendar(text);
    assert.equal(events.length, 2);
    const [london, warsaw] = events;
    assert.equal(london?.startDate.toJSDate().toISOString(), '2026-01-28T15:15:00.000Z');
    assert.equal(london?.endDate.toJSDate().toISOString(), '2026-01-28T17:30:00.000Z');
    assert.equal(london?.startDate.zone?.tzid, 'Europe/London');
    assert.equal(london?.sequence, 2);
    assert.equal(warsaw?.startDate.toJSDate().toISOString(), '2026-07-01T08:00:00.000Z');
    assert.equal(warsaw?.component.getFirstPropertyValue('status'), 'CANCELLED');
  });
});
