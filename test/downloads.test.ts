import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { attachmentHeader } from '../src/platform/storage.ts';
import { createUser, signedInClient } from './support/accounts.ts';
import { createMemberOrganization, publishedEvent } from './support/events.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/** What people download: every CSV starts with a byte-order mark, every file name survives any script. */
describe('downloads: BOM on every CSV, ASCII-safe names with the real one in filename*', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await createMemberOrganization(t.deps, { name: 'Red Bogotá Cuida', countries: ['CO'] });
    await publishedEvent(t.deps);
  });
  after(async () => {
    await t.close();
  });

  for (const path of [
    '/api/v1/organizations?format=csv',
    '/api/v1/events?format=csv',
    '/api/v1/news?format=csv',
    '/api/v1/commitments?format=csv',
    '/api/v1/campaigns?format=csv',
    '/en/search/export.csv?q=care',
  ]) {
    it(`${path} starts with a byte-order mark, so a spreadsheet reads "Bogotá"`, async () => {
      const res = await t.app.request(path);
      assert.equal(res.status, 200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    });
  }

  it('an Arabic event calendar file has an ASCII name and the Arabic one in filename*', async () => {
    const { event } = await publishedEvent(t.deps, {
      title: 'مؤتمر مسقط للرعاية',
      summary: 'لقاء عن اقتصاد الرعاية في سلطنة عمان.',
      description: 'يوم من النقاش.',
      language: 'ar',
      timeZone: 'Asia/Muscat',
    });
    const res = await t.app.request(`/events/${encodeURIComponent(event.slug)}.ics`);
    assert.equal(res.status, 200);
    const disposition = res.headers.get('content-disposition') ?? '';
    assert.match(disposition, /^inline; filename="[\x20-\x7e]+\.ics"; filename\*=UTF-8''/);
    assert.doesNotMatch(disposition, /filename="[_-]*\.ics"/, 'no name made of underscores');
    if (/[^\x20-\x7e]/.test(event.slug)) {
      assert.ok(disposition.includes(encodeURIComponent(`${event.slug}.ics`)), 'the real name in filename*');
    }
  });

  it('names: accents dropped, other scripts replaced by a fallback, never an empty or underscore name', () => {
    assert.equal(
      attachmentHeader('Bogotá cuida.csv'),
      `attachment; filename="Bogota cuida.csv"; filename*=UTF-8''Bogot%C3%A1%20cuida.csv`,
    );
    assert.equal(
      attachmentHeader('مؤتمر-مسقط.ics', { disposition: 'inline', fallback: 'event' }),
      `inline; filename="event.ics"; filename*=UTF-8''${encodeURIComponent('مؤتمر-مسقط.ics')}`,
    );
    assert.match(
      attachmentHeader('a"b\r\n.pdf'),
      /^attachment; filename="a_b__\.pdf"; /,
      'no header injection',
    );
  });
});

/** A name any client can save: ASCII in filename, the real one (UTF-8, percent-encoded) in filename*. */
function assertSafeName(response: Response, expected: RegExp) {
  const disposition = response.headers.get('content-disposition') ?? '';
  assert.match(
    disposition,
    /^(attachment|inline); filename="[\x20-\x7e]+"; filename\*=UTF-8''[^\s;"]+$/,
    disposition,
  );
  assert.match(disposition, expected);
}

async function startsWithByteOrderMark(response: Response): Promise<boolean> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

describe('downloads on the demo: every route names its file the same way, every CSV has a BOM', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  for (const [path, name] of [
    ['/api/v1/organizations?format=csv', /filename="members\.csv"/],
    ['/api/v1/events?format=csv', /filename="events\.csv"/],
    ['/api/v1/news?format=csv', /filename="news\.csv"/],
    ['/api/v1/commitments?format=csv', /filename="commitments\.csv"/],
    ['/api/v1/campaigns?format=csv', /filename="campaigns\.csv"/],
    ['/api/v1/offers?format=csv', /filename="offers\.csv"/],
    ['/api/v1/needs?format=csv', /filename="needs\.csv"/],
    ['/en/search/export.csv?q=care', /filename="carehub-search\.csv"/],
    ['/ar/search/export.csv?q=رعاية', /filename="carehub-search\.csv"/],
    [
      '/en/campaigns/care-at-the-centre-of-the-recovery/endorsers.csv',
      /filename="care-at-the-centre-of-the-recovery-endorsers\.csv"/,
    ],
    ['/en/connections/outcomes.csv', /filename="connections-outcomes\.csv"/],
  ] as const) {
    it(`${path}: a byte-order mark and a safe name`, async () => {
      const response = await t.app.request(path);
      assert.equal(response.status, 200);
      assertSafeName(response, name);
      assert.ok(await startsWithByteOrderMark(response), 'a spreadsheet reads UTF-8');
    });
  }

  it('the search as JSON downloads under a safe name', async () => {
    const response = await t.app.request('/en/search/export.json?q=care');
    assert.equal(response.status, 200);
    assertSafeName(response, /filename="carehub-search\.json"/);
  });

  it("an event's attendees (for the secretariat) and a person's own data download the same way", async () => {
    const admin = await signedInClient(t.client(), await createUser(t.deps, { roles: ['admin'] }));
    const attendees = await admin.request('/en/events/maternal-wellbeing-lse-2026/attendees.csv');
    assert.equal(attendees.status, 200);
    assertSafeName(attendees, /filename="maternal-wellbeing-lse-2026-attendees\.csv"/);
    assert.ok(await startsWithByteOrderMark(attendees));
    const data = await admin.post('/en/account/data', {});
    assert.equal(data.status, 200);
    assertSafeName(data, /filename="carehub-my-data\.json"/);
  });

  it('every demo event, in any script, has a calendar file with an ASCII name', async () => {
    const events = (await (await t.app.request('/api/v1/events?when=all&limit=500')).json()) as {
      items: { slug: string; language?: string }[];
    };
    assert.ok(events.items.length > 3);
    for (const { slug } of events.items) {
      const response = await t.app.request(`/events/${encodeURIComponent(slug)}.ics`);
      assert.equal(response.status, 200, slug);
      assertSafeName(response, /\.ics"; filename\*=/);
      assert.doesNotMatch(response.headers.get('content-disposition') ?? '', /filename="[_\-.]*(ics)?"/);
    }
  });
});
