import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageName } from '../../i18n/names.ts';
import { isLanguageTag, languageChoices } from './choice-options.ts';

describe('language choices', () => {
  it("offers an older record's real language code, never a hostile value sent back by a form", () => {
    const values = languageChoices('es', ['qu', '--1', '0xffffffffffffffff', '٠١٢٣', '<b>x</b>']).map(
      (c) => c.value,
    );
    assert.ok(values.includes('qu'), 'Quechua, chosen before, stays offered');
    for (const hostile of ['--1', '0xffffffffffffffff', '٠١٢٣', '<b>x</b>'])
      assert.ok(!values.includes(hostile));
  });

  it('reads language tags as Intl does, and names what it cannot read as it is', () => {
    assert.ok(isLanguageTag('pt') && isLanguageTag('zh-Hant') && isLanguageTag('sgn-BR'));
    assert.ok(!isLanguageTag('--1') && !isLanguageTag('08') && !isLanguageTag(''));
    assert.equal(languageName('--1', 'pl'), 'pl');
    assert.equal(languageName('es', 'pl'), 'polaco');
  });
});
