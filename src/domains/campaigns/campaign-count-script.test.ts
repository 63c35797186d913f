import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';

/**
 * static/campaign-count.js on its own, in a small stand-in for a browser: it asks the endpoint every
 * 30 seconds while the page is visible, updates the text only when the count changed, and keeps what
 * is shown when the request fails.
 */
const source = readFileSync(new URL('../../ui/static/campaign-count.js', import.meta.url), 'utf8');

function browser(responses: Array<{ count: number; label: string } | 'offline'>) {
  const makeElement = () => ({
    textContent: 'Endorsed by 2 organisations',
    attributes: new Map<string, string>([
      ['data-live-count', '/api/v1/campaigns/x/endorsement-count?locale=en'],
    ]),
    getAttribute(name: string) {
      return this.attributes.get(name) ?? null;
    },
    setAttribute(name: string, value: string) {
      this.attributes.set(name, value);
    },
  });
  // The summary panel's count and the endorsers' section's count.
  const element = makeElement();
  const panel = makeElement();
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const listeners: Array<() => void> = [];
  const asked: string[] = [];
  const document = {
    visibilityState: 'visible',
    querySelectorAll: (selector: string) => (selector === '[data-live-count]' ? [panel, element] : []),
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
  };
  const fetch = async (url: string) => {
    asked.push(url);
    const next = responses.shift();
    if (!next || next === 'offline') throw new TypeError('network');
    return { ok: true, json: async () => next };
  };
  const window = { fetch };
  runInNewContext(source, {
    document,
    window,
    fetch,
    setInterval: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  });
  const tick = async () => {
    for (const timer of timers) timer.fn();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { element, panel, timers, listeners, asked, document, tick };
}

describe('the live endorsement count script', () => {
  it('polls every 30 seconds and shows the new count', async () => {
    const b = browser([{ count: 3, label: 'Endorsed by 3 organisations' }]);
    assert.deepEqual(
      b.timers.map((x) => x.ms),
      [30_000],
    );
    assert.equal(b.asked.length, 0, 'nothing is asked on load: the page is already right');
    await b.tick();
    assert.deepEqual(b.asked, ['/api/v1/campaigns/x/endorsement-count?locale=en']);
    assert.equal(b.element.textContent, 'Endorsed by 3 organisations');
    assert.equal(b.element.getAttribute('data-count'), '3');
    assert.equal(b.panel.textContent, 'Endorsed by 3 organisations', 'the summary panel too');
    assert.equal(b.panel.getAttribute('data-count'), '3');
  });

  it('keeps the count shown when offline, and does not ask while the page is hidden', async () => {
    const b = browser(['offline', { count: 4, label: 'Endorsed by 4 organisations' }]);
    await b.tick();
    assert.equal(b.element.textContent, 'Endorsed by 2 organisations');
    b.document.visibilityState = 'hidden';
    await b.tick();
    assert.equal(b.asked.length, 1);
    b.document.visibilityState = 'visible';
    for (const listener of b.listeners) listener();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(
      b.element.textContent,
      'Endorsed by 4 organisations',
      'asks again when the reader comes back',
    );
  });

  it('does nothing on a page without a live count', () => {
    const timers: unknown[] = [];
    runInNewContext(source, {
      document: { querySelectorAll: () => [], addEventListener: () => undefined },
      window: { fetch: () => undefined },
      setInterval: (fn: unknown) => timers.push(fn),
    });
    assert.equal(timers.length, 0);
  });
});
