import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testViewContext } from '../../../test/support/view-context.ts';
import { PlacePicker, placeChoicesFor } from './place-picker.tsx';

const contextIn = testViewContext;

/** "Keep X as typed": the typed name X is isolated, so an Arabic sentence's brackets stay around it. */
describe('place picker: a name kept as typed is isolated', () => {
  it('on the page (no script): the name in its own <bdi> inside the Arabic sentence', async () => {
    const html = String(
      await (
        <PlacePicker
          ctx={contextIn('ar')}
          form="f"
          state={{ values: { citiesQuery: 'Zzyzx (CA)' }, errors: {} }}
          name="cities"
          label="—"
          candidates={[]}
          searchUrl="/ar/places/find"
        />
      ),
    );
    assert.ok(html.includes('الإبقاء على «<bdi>Zzyzx (CA)</bdi>» كما كُتب'), html);
  });

  it('in what app.js receives: the name between first-strong isolate and pop directional isolate', () => {
    const { places } = placeChoicesFor(contextIn('ar'), 'Zzyzx (CA)', []);
    assert.equal(places.length, 1);
    assert.equal(
      places[0]?.label,
      'الإبقاء على «\u2068Zzyzx (CA)\u2069» كما كُتب (بلا بلد ولا موقع على الخريطة)',
    );
  });
});
