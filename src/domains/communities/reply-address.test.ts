import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../../config.ts';
import { newId } from '../../platform/ids.ts';
import { replyAddressFor, verifyReplyAddress } from './reply-address.ts';

/** Signed reply addresses: only for their recipient and thread, only until they expire, never forged. */
describe('signed reply addresses', () => {
  const made = new Date('2026-03-10T09:00:00Z');
  const config = readConfig({
    PUBLIC_URL: 'https://care.example.org',
    SMTP_REPLY_DOMAIN: 'Reply.Example.org',
  });
  const at = (date: Date) => ({ secret: 'a-secret-for-tests', clock: { now: () => date }, config });
  const deps = at(made);
  const ana = newId();
  const ben = newId();
  const thread = newId();
  const otherThread = newId();

  it('names the thread for its recipient, fits a mailbox name and survives a change of case', () => {
    const address = replyAddressFor(deps, { userId: ana, threadId: thread });
    assert.match(address, /^reply\+[a-z2-7]+\.[a-z2-7]+@reply\.example\.org$/);
    assert.ok((address.split('@')[0] ?? '').length <= 64, address);
    assert.deepEqual(verifyReplyAddress(deps, address, ana), {
      ok: true,
      threadId: thread,
      expiresOn: '2026-06-08',
    });
    assert.equal(verifyReplyAddress(deps, address.toUpperCase(), ana).ok, true);
    assert.notEqual(address, replyAddressFor(deps, { userId: ana, threadId: otherThread }));
  });

  it('takes the reply domain from PUBLIC_URL when none is set', () => {
    const plain = { ...deps, config: readConfig({ PUBLIC_URL: 'https://care.example.org' }) };
    assert.match(replyAddressFor(plain, { userId: ana, threadId: thread }), /@care\.example\.org$/);
  });

  it('refuses the address from another member, with another secret, or on another domain', () => {
    const address = replyAddressFor(deps, { userId: ana, threadId: thread });
    assert.deepEqual(verifyReplyAddress(deps, address, ben), { ok: false, reason: 'forged' });
    assert.deepEqual(verifyReplyAddress({ ...deps, secret: 'another' }, address, ana), {
      ok: false,
      reason: 'forged',
    });
    assert.deepEqual(verifyReplyAddress(deps, address.replace('@reply.', '@mail.'), ana), {
      ok: false,
      reason: 'wrong_domain',
    });
  });

  it('refuses an address whose thread, expiry or signature was altered, and one that is not ours', () => {
    const address = replyAddressFor(deps, { userId: ana, threadId: thread });
    const [local = '', domain] = address.split('@');
    const [payload = '', signature = ''] = local.slice('reply+'.length).split('.');
    // Another thread's payload with this thread's signature: a reply re-aimed at another thread.
    const other = replyAddressFor(deps, { userId: ana, threadId: otherThread });
    const otherPayload = (other.split('@')[0] ?? '').slice('reply+'.length).split('.')[0];
    assert.equal(verifyReplyAddress(deps, `reply+${otherPayload}.${signature}@${domain}`, ana).ok, false);
    for (let i = 0; i < payload.length; i += 5) {
      const flipped = payload.slice(0, i) + (payload[i] === 'a' ? 'b' : 'a') + payload.slice(i + 1);
      const check = verifyReplyAddress(deps, `reply+${flipped}.${signature}@${domain}`, ana);
      assert.equal(check.ok, false, `changed at ${i}`);
    }
    const forged = `reply+${payload}.${signature.slice(0, -1)}${signature.endsWith('a') ? 'b' : 'a'}@${domain}`;
    assert.equal(verifyReplyAddress(deps, forged, ana).ok, false);
    for (const junk of [
      '',
      'someone@reply.example.org',
      `reply+${payload}@${domain}`,
      'reply+x.y@reply.example.org',
    ])
      assert.equal(verifyReplyAddress(deps, junk, ana).ok, false, junk);
  });

  it('works through its last day and is refused after it', () => {
    const address = replyAddressFor(deps, { userId: ana, threadId: thread });
    assert.equal(verifyReplyAddress(at(new Date('2026-06-08T23:59:59Z')), address, ana).ok, true);
    assert.deepEqual(verifyReplyAddress(at(new Date('2026-06-09T00:00:00Z')), address, ana), {
      ok: false,
      reason: 'expired',
    });
  });
});
