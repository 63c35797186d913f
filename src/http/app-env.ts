import type { TActor } from '../core/actor.ts';
import type { TTranslator } from '../i18n/translator.ts';
import type { TLogger } from '../platform/logger.ts';

/** The signed-in person as pages and policies see them. */
export type TCurrentUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  isEmailVerified: boolean;
  roles: readonly string[];
};

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
  };
};
