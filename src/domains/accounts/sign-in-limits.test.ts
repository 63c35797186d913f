import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createUser } from '../../../test/support/accounts.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { forwardedClient } from '../../http/request-context.middleware.ts';

describe('sign-in limits behind a proxy: the address a trusted proxy saw, and a limit per account', () => {
  const t = useTestApp({ env: { TRUST_PROXY: '1' } });

  const attempt = async (client: TestClient, forwardedFor: string, email: string, password: string) => {
    const body = new URLSearchParams({ _csrf: await client.csrfToken(), email, password });
    return client.request('/en/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
      body: body.toString(),
    });
  };

  it('reads the client from the right end of X-Forwarded-For, after the trusted hops', () => {
    assert.equal(forwardedClient('203.0.113.9', 1), '203.0.113.9');
    assert.equal(forwardedClient('6.6.6.6, 203.0.113.9', 1), '203.0.113.9');
    assert.equal(forwardedClient('6.6.6.6, 203.0.113.9, 10.0.0.2', 2), '203.0.113.9');
    assert.equal(forwardedClient('203.0.113.9', 2), '203.0.113.9');
    assert.equal(forwardedClient('6.6.6.6, 2001:db8::7', 1), '2001:db8::7');
    assert.equal(forwardedClient('6.6.6.6, not-an-address', 1), null);
    assert.equal(forwardedClient(' , ', 1), null);
    assert.equal(forwardedClient(undefined, 1), null);
  });

  it('counts attempts by the proxy-seen address, whatever the client writes to the left', async () => {
    const user = await createUser(t.deps);
    const client = t.client();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      // The client invents a new left-most address each time; the proxy appends the real one.
      const res = await attempt(client, `198.51.100.${i}, 203.0.113.50`, user.email, `wrong ${i}`);
      statuses.push(res.status);
    }
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(422));
    assert.equal(statuses[10], 429);
    // Someone else behind another address is not affected.
    const other = await createUser(t.deps);
    assert.equal((await attempt(t.client(), '203.0.113.51', other.email, other.password)).status, 303);
  });

  it('limits guesses on one account from many addresses, and the account owner is told to wait', async () => {
    const user = await createUser(t.deps);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const res = await attempt(t.client(), `192.0.2.${i + 1}`, user.email, `guess ${i}`);
      statuses.push(res.status);
    }
    assert.deepEqual(statuses.slice(0, 30), Array(30).fill(422));
    assert.equal(statuses[30], 429);
    // Even the right password from a fresh address waits: the guesser cannot test it either.
    const owner = await attempt(t.client(), '192.0.2.200', user.email, user.password);
    assert.equal(owner.status, 429);
    // Other accounts are not affected.
    const other = await createUser(t.deps);
    assert.equal((await attempt(t.client(), '192.0.2.201', other.email, other.password)).status, 303);
  });
});
