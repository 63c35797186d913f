import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localeTags } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import { regionLabel } from './region-label.ts';

describe('regionLabel: one name for a region, however it is written', () => {
  it('names a region the same from its concept id, directory code and UN M49 code', () => {
    const ar = translator('ar');
    assert.equal(regionLabel(ar, 'region:latin_america_caribbean'), 'أمريكا اللاتينية والبحر الكاريبي');
    assert.equal(regionLabel(ar, 'latin_america_caribbean'), 'أمريكا اللاتينية والبحر الكاريبي');
    assert.equal(regionLabel(ar, '419'), 'أمريكا اللاتينية والبحر الكاريبي');
    assert.equal(regionLabel(translator('es'), '202', 'Sub-Saharan Africa'), 'África subsahariana');
    assert.equal(regionLabel(translator('pl'), '53'), 'Australia i Nowa Zelandia');
  });

  it('names the world and the UN groupings the taxonomy has no concept for', () => {
    assert.equal(regionLabel(translator('fr'), 'region:world'), 'Monde');
    assert.equal(regionLabel(translator('ru'), '001'), 'Мир');
    assert.equal(regionLabel(translator('ar'), '199'), 'أقل البلدان نموًا');
  });

  it('never shows a code or an English name for a known region in any language', () => {
    for (const locale of localeTags) {
      const i18n = translator(locale);
      for (const code of ['region:europe', 'africa', '150', '021', '513', '722', 'region:world']) {
        const label = regionLabel(i18n, code, 'ENGLISH FALLBACK');
        assert.notEqual(label, code, `${locale} ${code}`);
        assert.notEqual(label, 'ENGLISH FALLBACK', `${locale} ${code}`);
        assert.doesNotMatch(label, /^[\d:_a-z]+$/, `${locale} ${code}: ${label}`);
      }
    }
  });

  it('falls back to the published name, then to what it was given, only for unknown regions', () => {
    assert.equal(regionLabel(translator('ar'), '998', 'Somewhere published'), 'Somewhere published');
    assert.equal(regionLabel(translator('en'), 'region:atlantis'), 'region:atlantis');
  });
});
