import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attachmentHeader } from '../src/platform/storage.ts';
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
