import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TDeps } from '../../deps.ts';

/**
 * Signed reply addresses (docs/adr/0056-signed-reply-addresses.md): a notification about a thread
 * carries `reply+<payload>.<signature>@<reply domain>` as its Reply-To. The payload holds the thread's
 * id, a format version and the day the address stops working; the signature is an HMAC under the
 * installation's secret over the payload AND the recipient's user id. The user id is not written in
 * the address (it would not fit the 64 characters a mailbox name may have): the listener finds the
 * member from the mail's sender and checks the signature for that member, so an address works only
 * for the person it was sent to, only for its thread, and only until it expires.
 * Lower-case base32 throughout, because some mail systems change the case of addresses.
 */

/** How long a reply address works after the mail that carried it was made. */
export const replyAddressDays = 90;

/** Raising it refuses every address made before (all of them revoked at once). */
const formatVersion = 1;
const signatureBytes = 10;
const dayMs = 86_400_000;
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

export type TReplyAddressDeps = Pick<TDeps, 'secret' | 'clock'> & {
  config: Pick<TDeps['config'], 'inbound'>;
};

export type TReplyAddressCheck =
  | { ok: true; threadId: string; expiresOn: string }
  | { ok: false; reason: 'malformed' | 'wrong_domain' | 'forged' | 'expired' | 'old_version' };

function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = alphabet.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // Leftover bits must be the zero padding base32() writes, or two spellings would mean one address.
  if (buffer !== 0) return null;
  return Buffer.from(bytes);
}

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('A reply address needs a thread id that is a UUID');
  return Buffer.from(hex, 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function sign(secret: string, payload: Buffer, userId: string): Buffer {
  return createHmac('sha256', secret)
    .update('communities.reply-address\0')
    .update(payload)
    .update('\0')
    .update(userId)
    .digest()
    .subarray(0, signatureBytes);
}

/** The reply address of one thread for one recipient, valid for `replyAddressDays` from now. */
export function replyAddressFor(deps: TReplyAddressDeps, ids: { userId: string; threadId: string }): string {
  const expiresDay = Math.floor(deps.clock.now().getTime() / dayMs) + replyAddressDays;
  const payload = Buffer.alloc(19);
  payload.writeUInt8(formatVersion, 0);
  uuidBytes(ids.threadId).copy(payload, 1);
  payload.writeUInt16BE(expiresDay, 17);
  const signature = sign(deps.secret, payload, ids.userId);
  return `reply+${base32(payload)}.${base32(signature)}@${deps.config.inbound.replyDomain}`;
}

/** Whether an address looks like one of ours at all (before the sender is known). */
export function isReplyAddress(deps: TReplyAddressDeps, address: string): boolean {
  const parts = splitAddress(deps, address);
  return parts !== null && parts !== 'wrong_domain';
}

function splitAddress(deps: TReplyAddressDeps, address: string) {
  const match = /^reply\+([a-z2-7]+)\.([a-z2-7]+)@([^@\s]+)$/.exec(address.trim().toLowerCase());
  if (!match) return null;
  const [, payloadText = '', signatureText = '', domain = ''] = match;
  if (domain !== deps.config.inbound.replyDomain.toLowerCase()) return 'wrong_domain' as const;
  return { payloadText, signatureText };
}

/**
 * Checks a reply address for the member who sent the mail: refused when it is not ours, was altered,
 * was made for someone else or another thread (the signature covers both), or has expired.
 */
export function verifyReplyAddress(
  deps: TReplyAddressDeps,
  address: string,
  senderUserId: string,
): TReplyAddressCheck {
  const parts = splitAddress(deps, address);
  if (parts === null) return { ok: false, reason: 'malformed' };
  if (parts === 'wrong_domain') return { ok: false, reason: 'wrong_domain' };
  const payload = fromBase32(parts.payloadText);
  const signature = fromBase32(parts.signatureText);
  if (payload?.length !== 19 || signature?.length !== signatureBytes)
    return { ok: false, reason: 'malformed' };
  if (!timingSafeEqual(signature, sign(deps.secret, payload, senderUserId)))
    return { ok: false, reason: 'forged' };
  if (payload.readUInt8(0) !== formatVersion) return { ok: false, reason: 'old_version' };
  const expiresDay = payload.readUInt16BE(17);
  if (deps.clock.now().getTime() >= (expiresDay + 1) * dayMs) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    threadId: uuidText(payload.subarray(1, 17)),
    expiresOn: new Date(expiresDay * dayMs).toISOString().slice(0, 10),
  };
}
