import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canonicalTimeZone,
  formatOffset,
  localDateTimeAt,
  offsetMinutesAt,
  resolveWallTime,
  timeZoneCity,
  timeZonesOfCountry,
  transitionsBetween,
} from './time-zones.ts';

describe('time zones', () => {
  it('knows IANA names, canonicalises their case and refuses the rest', () => {
    assert.equal(canonicalTimeZone('Europe/London'), 'Europe/London');
    assert.equal(canonicalTimeZone('europe/warsaw'), 'Europe/Warsaw');
    assert.equal(canonicalTimeZone('Asia/Muscat'), 'Asia/Muscat');
    assert.equal(canonicalTimeZone('Mars/Olympus_Mons'), null);
    assert.equal(canonicalTimeZone('+01:00'), null);
    assert.equal(canonicalTimeZone('Europe/London; DROP'), null);
  });

  it('accepts only the zones a picker lists (Intl.supportedValuesOf and UTC)', () => {
    assert.equal(canonicalTimeZone('UTC'), 'UTC');
    assert.equal(canonicalTimeZone('US/Eastern'), 'America/New_York', 'an old alias becomes the listed zone');
    assert.equal(canonicalTimeZone('Etc/GMT+5'), null, 'a bare offset has no place and is not listed');
  });

  it('knows the zones of a country and names a zone by its city', () => {
    assert.deepEqual(timeZonesOfCountry('PL'), ['Europe/Warsaw']);
    assert.deepEqual(timeZonesOfCountry('om'), ['Asia/Muscat']);
    assert.ok(timeZonesOfCountry('US').length > 5, 'the United States has many zones');
    assert.deepEqual(timeZonesOfCountry('ZZ'), []);
    assert.deepEqual(timeZonesOfCountry('<b>'), []);
    assert.equal(timeZoneCity('America/Argentina/Rio_Gallegos'), 'Rio Gallegos');
    // In other languages, the zone's translated location (CLDR through Intl), not an English city.
    assert.equal(timeZoneCity('America/Argentina/Buenos_Aires', 'ru'), 'Буэнос-Айрес');
    assert.equal(timeZoneCity('Asia/Muscat', 'ar'), 'توقيت عُمان');
    assert.doesNotMatch(timeZoneCity('America/Bogota', 'es'), /Bogota/);
    // Where Intl only has an abbreviation, the city from the zone's name stays.
    assert.equal(timeZoneCity('Europe/Warsaw', 'es'), 'Warsaw');
  });

  it('gives offsets at an instant, winter and summer', () => {
    assert.equal(offsetMinutesAt('Europe/Warsaw', Date.UTC(2026, 0, 28, 12)), 60);
    assert.equal(offsetMinutesAt('Europe/Warsaw', Date.UTC(2026, 6, 28, 12)), 120);
    assert.equal(offsetMinutesAt('America/New_York', Date.UTC(2026, 0, 28, 12)), -300);
    assert.equal(offsetMinutesAt('Asia/Muscat', Date.UTC(2024, 11, 16, 5)), 240);
    assert.equal(offsetMinutesAt('Asia/Kathmandu', Date.UTC(2024, 11, 16, 5)), 345);
    assert.equal(formatOffset(-300), '-05:00');
    assert.equal(formatOffset(345), '+05:45');
  });

  it('turns a wall-clock time into an instant', () => {
    const resolved = resolveWallTime('Europe/London', '2026-01-28T15:15');
    assert.deepEqual(resolved, { kind: 'exact', instant: Date.UTC(2026, 0, 28, 15, 15), offsetMinutes: 0 });
    const muscat = resolveWallTime('Asia/Muscat', '2024-12-16T09:00');
    assert.equal(
      muscat?.kind === 'exact' && new Date(muscat.instant).toISOString(),
      '2024-12-16T05:00:00.000Z',
    );
    assert.equal(localDateTimeAt('America/New_York', Date.UTC(2026, 0, 28, 15, 15)), '2026-01-28T10:15');
    assert.equal(resolveWallTime('Europe/London', '2026-02-30T10:00'), null);
  });

  it('reports a time skipped by the spring change with both valid readings', () => {
    const gap = resolveWallTime('Europe/Warsaw', '2026-03-29T02:30');
    assert.ok(gap && gap.kind === 'gap');
    assert.equal(gap.later.local, '2026-03-29T03:30');
    assert.equal(gap.earlier.local, '2026-03-29T01:30');
    const newYork = resolveWallTime('America/New_York', '2026-03-08T02:15');
    assert.ok(newYork && newYork.kind === 'gap');
    assert.equal(newYork.later.local, '2026-03-08T03:15');
  });

  it('reports a time that happens twice in autumn, earlier and later', () => {
    const overlap = resolveWallTime('Europe/Warsaw', '2026-10-25T02:30');
    assert.ok(overlap && overlap.kind === 'overlap');
    assert.equal(new Date(overlap.earlier.instant).toISOString(), '2026-10-25T00:30:00.000Z');
    assert.equal(overlap.earlier.offsetMinutes, 120);
    assert.equal(new Date(overlap.later.instant).toISOString(), '2026-10-25T01:30:00.000Z');
    assert.equal(overlap.later.offsetMinutes, 60);
  });

  it('finds transitions to the minute', () => {
    const found = transitionsBetween('Europe/London', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    assert.deepEqual(
      found.map((t) => [new Date(t.at).toISOString(), t.fromOffsetMinutes, t.toOffsetMinutes]),
      [
        ['2026-03-29T01:00:00.000Z', 0, 60],
        ['2026-10-25T01:00:00.000Z', 60, 0],
      ],
    );
    assert.deepEqual(transitionsBetween('Asia/Muscat', Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)), []);
  });
});
