import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { localeTags } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { auditActionKey } from './views/audit-table.tsx';

/** Every audit action the code writes ("events.published", …), read from the source as written. */
function writtenAuditActions(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const actions = new Set<string>();
  for (const file of walk('src').filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))) {
    const text = readFileSync(file, 'utf8');
    // audit(trx, by, 'news.published', { type: … }): the action sits between "audit(" and the subject.
    for (const call of text.matchAll(/\baudit\(([\s\S]*?)\{\s*type:/g)) {
      for (const match of (call[1] ?? '').matchAll(/'([a-z]+\.[a-z_]+)'/g))
        if (match[1]) actions.add(match[1]);
    }
    for (const line of text.split('\n')) {
      if (!/\baction\b|\baudit:/.test(line)) continue;
      for (const match of line.matchAll(/'([a-z]+\.[a-z_]+)'/g)) if (match[1]) actions.add(match[1]);
    }
  }
  return [...actions].sort();
}

describe('audit log labels', () => {
  it('names every audit action the code writes, in every language, instead of showing its key', () => {
    const actions = writtenAuditActions();
    assert.ok(actions.includes('practices.imported') && actions.includes('events.published'));
    for (const locale of localeTags) {
      const i18n = translator(locale);
      const unnamed = actions.filter((action) => !auditActionKey(i18n, action));
      assert.deepEqual(unnamed, [], `${locale}: audit actions without a label`);
    }
  });
});
