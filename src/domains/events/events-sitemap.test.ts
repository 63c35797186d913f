import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishedEvent } from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('events in the sitemap', () => {
  const t = useTestApp();

  it('lists the events section in every language and a published event in its own language', async () => {
    const { event } = await publishedEvent(t.deps);
    const sitemap = await (await t.app.request('/sitemap.xml')).text();
    assert.match(sitemap, /<loc>http:\/\/localhost\/ar\/events<\/loc>/);
    assert.match(sitemap, /<loc>http:\/\/localhost\/pl\/news<\/loc>/);
    assert.ok(
      sitemap.includes(`/events/${encodeURIComponent(event.slug)}</loc>`),
      'the event page is listed',
    );
  });
});
