import { Hono } from 'hono';
import { mountDomains } from './compose.ts';
import type { TDeps } from './deps.ts';
import { sessionMiddleware } from './domains/accounts/session.middleware.ts';
import { actorMiddleware } from './http/actor.middleware.ts';
import type { TAppEnv } from './http/app-env.ts';
import { bodyLimit } from './http/body-limit.middleware.ts';
import { compression } from './http/compression.middleware.ts';
import { csrfProtection } from './http/csrf.middleware.ts';
import { handleError, handleNotFound } from './http/error-handler.tsx';
import { localeSelection } from './http/locale.middleware.ts';
import { localePrefix } from './http/locale-prefix.ts';
import { mountOperations } from './http/operations.routes.ts';
import { anonymousPageCache } from './http/page-cache.middleware.ts';
import { requestContext } from './http/request-context.middleware.ts';
import { localeOf } from './http/root-redirect.ts';
import { securityHeaders } from './http/security-headers.middleware.ts';
import { siteTextsMiddleware } from './http/site-texts.middleware.ts';
import { mountStatic } from './http/static.routes.ts';
import { textGuard } from './http/text-guard.middleware.ts';
import { unsubscribePath } from './http/unsubscribe.routes.tsx';

/** The application: cross-cutting middleware in order, then every domain (compose.ts mounts them). */
export function createApp(deps: TDeps): Hono<TAppEnv> {
  const app = new Hono<TAppEnv>({ strict: false });
  const { config } = deps;

  // Home pages of anonymous visitors are served from a short cache before any other work.
  app.use(
    anonymousPageCache({
      isCacheable: (path) => /^\/[a-z]{2}\/?$/.test(path),
      ttlMs: 30_000,
      logger: deps.logger,
      isHttps: config.isSecureCookie,
    }),
  );
  app.use(requestContext(deps.logger, { trustedProxyHops: config.trustedProxyHops }));
  app.use(securityHeaders({ isHttps: config.isSecureCookie }));
  mountOperations(app, deps);
  mountStatic(app);
  app.use(compression());
  app.use(localeSelection({ isSecureCookie: config.isSecureCookie }));
  // Forms that carry an uploaded file (a 10 MB letter, a logo, a news picture, campaign materials) may be
  // larger than the 1 MB default.
  app.use(
    bodyLimit(1024 * 1024, [
      // An applicant's reply with its added files (up to 3 of 10 MB each): a larger file still arrives,
      // so the form can name the limit and keep the message.
      { pattern: /^\/[a-z]{2}\/join\/a\/[^/]+\/reply$/, maxBytes: 31 * 1024 * 1024 },
      {
        pattern:
          /^\/[a-z]{2}\/(join\/|members\/[^/]+\/logo|practices\/[^/]+\/files|news\/(new|[^/]+\/edit)$|campaigns\/[^/]+\/materials$)/,
        maxBytes: 11 * 1024 * 1024,
      },
      // A community's picture (5 MB): a 20 MB one still arrives, so the form can name the limit and keep
      // what was typed.
      { pattern: /^\/[a-z]{2}\/communities\/(new|[^/]+\/edit)$/, maxBytes: 21 * 1024 * 1024 },
      // A community post with its attached files, new or edited (up to 3 of 10 MB each, docs/adr/0059): a larger file
      // still arrives, so the form can say which limit it passed and keep what was typed.
      {
        pattern: /^\/[a-z]{2}\/communities\/[^/]+\/threads(\/[^/]+\/replies|\/[^/]+\/posts\/[^/]+\/edit)?$/,
        maxBytes: 31 * 1024 * 1024,
      },
      // An indicator file for the observatory (up to 20 MB; the importer refuses larger ones itself).
      { pattern: /^\/[a-z]{2}\/admin\/indicators$/, maxBytes: 21 * 1024 * 1024 },
      // Documents to import (issue 18): 20 MB, refused by the form itself with the limit named.
      { pattern: /^\/[a-z]{2}\/imports(\/upload)?$/, maxBytes: 21 * 1024 * 1024 },
      // A progress report with its evidence files (up to 5 of 10 MB each).
      { pattern: /^\/[a-z]{2}\/commitments\/[^/]+\/report$/, maxBytes: 51 * 1024 * 1024 },
    ]),
  );
  app.use(textGuard());
  app.use(sessionMiddleware(deps));
  app.use(actorMiddleware(deps.db));
  app.use(siteTextsMiddleware(deps.db));
  app.use(
    csrfProtection({
      secret: deps.secret,
      isSecureCookie: config.isSecureCookie,
      // The signed token in an unsubscribe link is its proof (docs/adr/0054).
      exemptPaths: [unsubscribePath],
    }),
  );

  app.get('/', (c) => c.redirect(`/${localeOf(c)}/`, 302));
  app.use(localePrefix, async (c, next) => {
    // With strict: false Hono trims the slash from c.req.path; the raw URL still has it.
    const { pathname, search } = new URL(c.req.url);
    // Only the language root itself ("/en") gets its slash; Hono's use() also matches deeper paths.
    if (pathname.split('/').length === 2) return c.redirect(`${pathname}/${search}`, 301);
    await next();
  });
  mountDomains(app, deps);

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
