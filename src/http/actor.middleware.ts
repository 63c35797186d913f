import { createMiddleware } from 'hono/factory';
import { loadActor } from '../core/actor.ts';
import type { TDb } from '../platform/db/database.ts';
import type { TAppEnv } from './app-env.ts';

/**
 * Puts who is asking on `c.var.actor`, once per request, right after the session is resolved. Handlers
 * read it there and never load it themselves; anonymous visitors cost no query.
 */
export function actorMiddleware(db: TDb) {
  return createMiddleware<TAppEnv>(async (c, next) => {
    c.set('actor', await loadActor(db, c.get('user') ?? null));
    await next();
  });
}
