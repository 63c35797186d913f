import type { Hono } from 'hono';
import type { TDeps } from '../deps.ts';
import type { TAppEnv } from './app-env.ts';

/** /healthz: the process answers. /readyz: it can also reach its database (for load balancers). */
export function mountOperations(app: Hono<TAppEnv>, deps: TDeps): void {
  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  app.get('/readyz', async (c) => {
    const isReady = await deps.database.ping();
    return c.json(
      { status: isReady ? 'ready' : 'unavailable', database: deps.database.dialect },
      isReady ? 200 : 503,
      { 'Cache-Control': 'no-store' },
    );
  });
  app.get('/robots.txt', (c) =>
    c.text(
      `User-agent: *\nDisallow: /*/admin\nDisallow: /*/account\nSitemap: ${deps.config.publicUrl}/sitemap.xml\n`,
    ),
  );
}
