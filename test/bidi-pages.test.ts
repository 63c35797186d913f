import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { keyPages } from '../e2e/support/key-pages.ts';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { unisolatedLatin } from './bidi.test.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/**
 * Issue 16, "a bidi test checks that Latin fragments in Arabic pages are isolated": the twenty key
 * pages of the demo (the ones e2e/screenshots.spec.ts photographs), in Arabic, each free of a Latin
 * fragment that sits bare in a run of Arabic text (where brackets and full stops jump sides).
 */
describe('right to left on the demo: the Arabic key pages isolate every Latin fragment', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T12:00:00Z') } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('finds no bare Latin fragment in the main content of any of them', async () => {
    const problems: string[] = [];
    for (const [, path] of keyPages) {
      const url = `/ar${path}`;
      const { response, html } = await t.client().get(url);
      assert.equal(response.status, 200, url);
      for (const fragment of unisolatedLatin(html)) problems.push(`${url}: ${fragment}`);
    }
    assert.deepEqual(problems, []);
  });
});
