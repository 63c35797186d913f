import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clockFrom, visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { demoCommitments } from '../../demo/demo-commitments.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { translator } from '../../i18n/translator.ts';

describe('demo commitments', () => {
  let t: TTestApp;
  before(async () => {
    // The demo's commitments belong to the 2021–2026 cycle: its lights are checked inside it.
    t = await createTestApp({ clock: clockFrom(new Date('2026-05-04T10:00:00.000Z')) });
    await loadDemoIfEmpty(t.deps);
  });
  after(async () => {
    await t.close();
  });

  it('are published for the demo organisations and show every light', async () => {
    const json = (await (await t.app.request('/api/v1/commitments?limit=50')).json()) as {
      items: { slug: string; light: string; pendingCoMakers: string[] }[];
      total: number;
    };
    assert.equal(json.total, demoCommitments.length);
    assert.deepEqual([...new Set(json.items.map((i) => i.light))].sort(), ['amber', 'green', 'new', 'red']);
    assert.ok(
      json.items.some((i) => i.pendingCoMakers.length > 0),
      'a co-maker that never confirmed stays pending',
    );
  });

  it('fill the dashboard and the accountability report in Arabic, right to left', async () => {
    const ar = translator('ar');
    const dashboard = await t.app.request('/ar/commitments/dashboard');
    assert.equal(dashboard.status, 200);
    const html = await dashboard.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.ok(visibleText(html).includes(ar.t('commitments.dashboard.byFiveR')));
    const report = await t.app.request('/ar/commitments/report/2021-2026');
    assert.equal(report.status, 200);
    assert.ok(visibleText(await report.text()).includes('دراسة وطنية عن أعباء الرعاية'));
    const rounds = await t.app.request('/pl/commitments/rounds');
    assert.equal(rounds.status, 200);
  });
});
