import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryAtPoint, pickerMapSvg, pixelOnPickerMap, pointOnPickerMap } from './picker-map.ts';

const near = (a: number, b: number, within: number) => Math.abs(a - b) <= within;

describe('picker maps: a click’s pixel back to a place on Earth', () => {
  it('a click on Kraków’s pixel of the map of Poland is Kraków (within a pixel’s worth)', () => {
    const pixel = pixelOnPickerMap('PL', 50.06, 19.94);
    assert.ok(pixel);
    const point = pointOnPickerMap('PL', pixel.x, pixel.y);
    assert.ok(
      point && near(point.latitude, 50.06, 0.05) && near(point.longitude, 19.94, 0.05),
      JSON.stringify(point),
    );
  });

  it('a click on the world map falls in the country under it, across the antimeridian too', () => {
    const poland = pixelOnPickerMap('world', 52, 19);
    assert.ok(poland);
    const point = pointOnPickerMap('world', poland.x, poland.y);
    assert.ok(point);
    assert.equal(countryAtPoint(point.latitude, point.longitude), 'PL');
    // Russia's map is centred on Russia's main land (which crosses the antimeridian): Vladivostok,
    // Novosibirsk and Moscow are all on it.
    for (const [lat, lon] of [
      [43.12, 131.89],
      [55.03, 82.92],
      [55.76, 37.62],
    ] as const) {
      const pixel = pixelOnPickerMap('RU', lat, lon);
      assert.ok(pixel && pixel.x > 0 && pixel.x < 320 && pixel.y > 0 && pixel.y < 260, `${lat},${lon}`);
      const back = pointOnPickerMap('RU', pixel.x, pixel.y);
      assert.ok(
        back && near(back.latitude, lat, 0.3) && near(back.longitude, lon, 0.3),
        JSON.stringify(back),
      );
    }
  });

  it('knows no point outside the drawn globe, for an unknown view, or for a keyboard click at 0,0', () => {
    assert.equal(pointOnPickerMap('world', 0, 0), null);
    assert.equal(pointOnPickerMap('world', 400, 10), null);
    assert.equal(pointOnPickerMap('ZZ', 10, 10), null);
    assert.equal(pointOnPickerMap('../etc', 10, 10), null);
    assert.equal(countryAtPoint(0, -140), null, 'the open Pacific');
  });

  it('draws each view as an SVG of its own size, the zoomed country marked, with dots', () => {
    const world = pickerMapSvg('world') ?? '';
    assert.match(world, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="320" height="168"/);
    const poland = pickerMapSvg('PL', [{ latitude: 50.06, longitude: 19.94 }]) ?? '';
    assert.match(poland, /width="320" height="260"/);
    assert.match(poland, /stroke="#0b5e55"/, 'Poland outlined');
    assert.equal((poland.match(/<circle /g) ?? []).length, 1);
    assert.equal(pickerMapSvg('ZZ'), null);
  });
});
