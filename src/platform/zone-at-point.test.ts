import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zoneAtPoint, zoneOfPlace } from './zone-at-point.ts';

describe('the zone a place keeps its clocks by', () => {
  it('is that of the city, not of its country’s capital, in countries of several zones', () => {
    assert.equal(zoneAtPoint(43.12, 131.89), 'Asia/Vladivostok');
    assert.equal(zoneAtPoint(55.03, 82.92), 'Asia/Novosibirsk');
    assert.equal(zoneAtPoint(34.05, -118.24), 'America/Los_Angeles');
    assert.equal(zoneAtPoint(40.71, -74.01), 'America/New_York');
    assert.equal(zoneAtPoint(-31.95, 115.86), 'Australia/Perth');
    assert.equal(zoneAtPoint(-3.12, -60.02), 'America/Manaus');
  });

  it('is a zone the pickers offer (Kyiv under the name Intl lists), and none at sea or off the globe', () => {
    const kyiv = zoneAtPoint(50.45, 30.52);
    assert.ok(kyiv === 'Europe/Kiev' || kyiv === 'Europe/Kyiv', String(kyiv));
    assert.equal(zoneAtPoint(0, -140), null, 'the open Pacific has an offset, not a place’s rules');
    assert.equal(zoneAtPoint(91, 0), null);
    assert.equal(zoneAtPoint(Number.NaN, 0), null);
  });

  it('falls back on the country’s only zone without a position, and on nothing in a country of several', () => {
    assert.equal(zoneOfPlace({ country: 'OM', latitude: null, longitude: null }), 'Asia/Muscat');
    assert.equal(zoneOfPlace({ country: 'RU', latitude: null, longitude: null }), null);
    assert.equal(zoneOfPlace({ country: 'RU', latitude: 43.12, longitude: 131.89 }), 'Asia/Vladivostok');
  });
});
