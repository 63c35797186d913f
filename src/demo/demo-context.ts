import type { TDeps } from '../deps.ts';

/**
 * What every part of the demo (organisations, then practices, events, news, campaigns…) gets while
 * it loads: the transaction all parts share, one timestamp, and the ids of what earlier parts
 * inserted, so a practice can name its implementers by slug.
 */
export type TDemoContext = {
  /** The demo's transaction; pass it to repository functions. */
  db: TDeps['db'];
  /** "Now" as ISO-8601 UTC, for created_at / updated_at / published_at. */
  at: string;
  /** Organisation ids by demo slug, filled by the organisations part. */
  organizationIds: Map<string, string>;
  /** Where uploaded files are kept (a community's picture, a post's attachment). */
  files: TDeps['files'];
};

/** One part of the demo: inserts its records through repository functions and says how many. */
export type TDemoPart = {
  /** The record kind, used as the key of the count in the audit entry ("organizations"). */
  name: string;
  load(ctx: TDemoContext): Promise<number>;
};
