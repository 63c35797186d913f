import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newId } from './ids.ts';

describe('ids (UUIDv7)', () => {
  it('sort in the order they were made within one millisecond, even made in turn with other times', () => {
    const fixed = Date.parse('2026-01-01T00:00:00.000Z');
    const ours: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      ours.push(newId(fixed));
      newId(); // the wall clock's ids in between (a job, a session)
      newId(fixed + 1 + (i % 3));
    }
    assert.deepEqual([...ours].sort(), ours);
    assert.equal(new Set(ours).size, ours.length);
  });

  it('carry their millisecond, version 7 and the RFC variant, and sort by time across milliseconds', () => {
    const at = Date.parse('2030-06-30T23:59:59.999Z');
    const id = newId(at);
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16), at);
    assert.ok(newId(at - 1) < id && id < newId(at + 1));
  });
});
