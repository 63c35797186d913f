import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient } from '../../test/support/accounts.ts';
import { createOrganization } from '../../test/support/organizations.ts';
import { createTestApp, type TTestApp } from '../../test/support/test-app.ts';
import { forgetHomeFigures } from '../domains/home/home.service.ts';

/** What an anonymous visitor gets from the home page cache: the same page, every header, fresh per-request parts. */
describe('anonymous page cache', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** Per-response headers (request id, cookies, length) aside, a hit must carry what the page carried. */
  const perResponse = new Set(['x-request-id', 'set-cookie', 'content-length']);
  const headersOf = (res: Response) =>
    Object.fromEntries([...res.headers].filter(([k]) => !perResponse.has(k)));

  it('answers a repeated visit with the same bytes and the same headers, and a new request id', async () => {
    const first = await t.app.request('/en/', { headers: { 'accept-encoding': 'gzip' } });
    const second = await t.app.request('/en/', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(first.status, 200);
    assert.equal(second.status, 200);
    assert.deepEqual(
      Buffer.from(await second.arrayBuffer()),
      Buffer.from(await first.arrayBuffer()),
      'the cached page is the rendered page',
    );
    assert.deepEqual(headersOf(second), headersOf(first), 'security and content headers are replayed');
    assert.match(second.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(second.headers.get('content-encoding'), 'gzip');
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    assert.ok(ids[0] && ids[1] && ids[0] !== ids[1], 'every response has its own request id');
  });

  it('keeps a caller-given request id and remembers the language in a cookie', async () => {
    await t.app.request('/ar/');
    const hit = await t.app.request('/ar/', { headers: { 'x-request-id': 'trace-12345678' } });
    assert.equal(hit.headers.get('x-request-id'), 'trace-12345678');
    assert.match(hit.headers.get('set-cookie') ?? '', /=ar; Max-Age=31536000; Path=\/; SameSite=Lax/);
    assert.match(await hit.text(), /<html lang="ar" dir="rtl"/);
  });

  it('renders again once the content changes', async () => {
    const membersShown = async () =>
      (await (await t.app.request('/fr/')).text()).match(/\d+(?=\s*<\/)/g)?.join(',');
    const before = await membersShown();
    assert.equal(await membersShown(), before, 'a hit replays the same figures');
    await createOrganization(t.deps, { membershipStatus: 'member', countries: ['JO'] });
    forgetHomeFigures();
    assert.notEqual(await membersShown(), before, 'the new member and country are counted at once');
  });

  it('never serves a signed-in person from the cache', async () => {
    await t.app.request('/en/');
    const user = await createUser(t.deps, { name: 'Amal Cached' });
    const client = await signedInClient(t.client(), user);
    const res = await client.request('/en/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Amal Cached/, 'their own header, not the anonymous page');
  });
});
