import { Hono } from 'hono';
import { createApi } from './api/api.ts';
import type { TDeps } from './deps.ts';
import { accountsWeb } from './domains/accounts/accounts.web.tsx';
import { sessionMiddleware } from './domains/accounts/session.middleware.ts';
import { adminWeb } from './domains/admin/admin.web.tsx';
import { homeWeb } from './domains/home/home.web.tsx';
import type { TAppEnv } from './http/app-env.ts';
import { bodyLimit } from './http/body-limit.middleware.ts';
import { compression } from './http/compression.middleware.ts';
import { csrfProtection } from './http/csrf.middleware.ts';
import { handleError, handleNotFound } from './http/error-handler.tsx';
import { localeSelection } from './http/locale.middleware.ts';
import { localePrefix } from './http/locale-prefix.ts';
import { mountOperations } from './http/operations.routes.ts';
import { requestContext } from './http/request-context.middleware.ts';
import { localeOf } from './http/root-redirect.ts';
import { securityHeaders } from './http/security-headers.middleware.ts';
import { mountStatic } from './http/static.routes.ts';

/** Composes the application: cross-cutting middleware, then each domain's pages and API routes. */
export function createApp(deps: TDeps): Hono<TAppEnv> {
  const app = new Hono<TAppEnv>({ strict: false });
  const { config } = deps;

  app.use(requestContext(deps.logger, { isProxyTrusted: config.isProxyTrusted }));
  app.use(securityHeaders({ isHttps: config.isSecureCookie }));
  mountOperations(app, deps);
  mountStatic(app);

  app.use(compression());
  app.use(localeSelection({ isSecureCookie: config.isSecureCookie }));
  app.use(bodyLimit(1024 * 1024));
  app.use(sessionMiddleware(deps));
  app.use(csrfProtection({ secret: deps.secret, isSecureCookie: config.isSecureCookie }));

  app.get('/', (c) => c.redirect(`/${localeOf(c)}/`, 302));
  app.use(localePrefix, async (c, next) => {
    // With strict: false Hono trims the slash from c.req.path; the raw URL still has it.
    const { pathname, search } = new URL(c.req.url);
    // Only the language root itself ("/en") gets its slash; Hono's use() also matches deeper paths.
    if (pathname.split('/').length === 2) return c.redirect(`${pathname}/${search}`, 301);
    await next();
  });
  app.route('/api/v1', createApi(deps));
  app.route(localePrefix, homeWeb(deps));
  app.route(localePrefix, accountsWeb(deps));
  app.route(localePrefix, adminWeb(deps));

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
