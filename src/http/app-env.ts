import type { TActor, TCurrentUser } from '../core/actor.ts';
import type { TTranslator } from '../i18n/translator.ts';
import type { TLogger } from '../platform/logger.ts';

export type { TCurrentUser } from '../core/actor.ts';

/** What every request carries through the middleware chain (Hono's typed context variables). */
export type TAppEnv = {
  Variables: {
    requestId: string;
    log: TLogger;
    i18n: TTranslator;
    /** The path without its locale prefix ("/sign-in"), for the language switcher. */
    localPath: string;
    user: TCurrentUser | null;
    sessionId: string | null;
    /** Who is asking, with platform and organisation roles (http/actor.middleware.ts). */
    actor: TActor;
    csrfToken: string;
    clientIp: string;
    /** The body limit a refused request passed (http/body-limit.middleware.ts), for the 413 page. */
    bodyLimitBytes?: number;
  };
};
