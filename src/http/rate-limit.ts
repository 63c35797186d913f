import { AppError } from '../platform/errors.ts';

/**
 * A fixed-window counter per key, in this process's memory. Enough for one node; behind several
 * nodes each enforces its own share (see docs/adr/0006-rate-limits-in-memory.md).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; throws AppError('rate_limited') when the key is over its limit. */
  hit(key: string): void {
    const now = this.now();
    if (this.windows.size > 50_000) this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return;
    }
    window.count += 1;
    if (window.count > this.limit) throw new AppError('rate_limited');
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
