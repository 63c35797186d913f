import { createHash, randomBytes } from 'node:crypto';

/**
 * The last sequence given in each recent millisecond of this process (a few kept: ids are made for
 * the time of a request's clock and for the wall clock in turn, and each must count on).
 */
const sequences = new Map<number, number>();
const KEPT_MILLISECONDS = 64;

/**
 * Random bytes drawn from the system a page at a time and handed out 16 at a time: one system call per
 * 256 ids instead of one per id (a bulk import makes three ids a practice; the draws were a tenth of its
 * writer's own work). Each id still gets bytes no other id got.
 */
const RANDOM_POOL_BYTES = 4096;
let randomPool = Buffer.alloc(0);
let randomAt = RANDOM_POOL_BYTES;

function freshRandomBytes(): Buffer {
  if (randomAt + 16 > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomAt = 0;
  }
  const bytes = Buffer.from(randomPool.subarray(randomAt, randomAt + 16));
  randomAt += 16;
  return bytes;
}

/**
 * A UUIDv7: 48 bits of milliseconds, a 12-bit sequence, then randomness, so ids sort by creation time in
 * both databases — and, within one millisecond of one process (two audit entries of one request under a
 * test's fixed clock), in the order they were made (RFC 9562's counter method; a new millisecond starts
 * the sequence at a random point in its lower half, and one that runs out falls back to randomness).
 */
export function newId(now: number = Date.now()): string {
  const bytes = freshRandomBytes();
  bytes.writeUIntBE(now, 0, 6);
  const previous = sequences.get(now);
  const sequence = previous === undefined ? bytes.readUInt16BE(6) & 0x07ff : previous + 1;
  if (sequence <= 0x0fff) {
    if (previous === undefined && sequences.size >= KEPT_MILLISECONDS) sequences.clear();
    sequences.set(now, sequence);
    bytes.writeUInt16BE(sequence, 6);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A secret for a link or a cookie: 32 random bytes, URL-safe. Only its hash is ever stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
