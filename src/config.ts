import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting the hub reads from the environment, parsed once at start.
 * Nothing else in the code base reads process.env: the parsed config is passed in.
 */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  /** Replies by e-mail to community notifications are received on this port (unset: no listener). */
  SMTP_INBOUND_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The domain of reply addresses (reply+…@DOMAIN); its mail server relays them to SMTP_INBOUND_PORT. */
  SMTP_REPLY_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i)
    .optional(),
  /** The largest reply mail the listener takes, in bytes. */
  /**
   * Where the reply listener listens: this machine only by default. The domain's own mail server (which
   * checks SPF, DKIM and DMARC) receives the mail and relays reply+… addresses to it.
   */
  SMTP_INBOUND_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_INBOUND_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(10_000_000),
  /** Rate limits counted in this Redis instead of the database (redis://host:6379/0). */
  REDIS_URL: z.string().url().optional(),
  /** Uploaded files in this S3-compatible bucket: https://KEY:SECRET@host/bucket?region=… */
  S3_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Carehub <no-reply@carehub.localhost>'),
  /** Unset: http://localhost on the port the hub listens on. */
  PUBLIC_URL: z.string().url().optional(),
  DEMO: z.enum(['on', 'off']).default('on'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How many reverse proxies stand in front of the hub (off = 0; on = 1, kept for older settings). */
  TRUST_PROXY: z
    .string()
    .regex(/^(on|off|\d)$/)
    .default('off'),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  /** Commitments' staleness light: amber after this many months without a report, red after the second. */
  COMMITMENT_AMBER_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  COMMITMENT_RED_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** How long the commitments dashboard may serve its figures before counting again (0: never cache). */
  COMMITMENT_DASHBOARD_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** Search ranks at most this many matches per query, the newest (docs/adr/0014-bounded-search.md). */
  SEARCH_RANK_CANDIDATES: z.coerce.number().int().min(1).max(100_000).default(250),
  /** Search counts facets over at most this many matches per query, the newest. */
  SEARCH_FACET_CANDIDATES: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** Search counts matches up to this number, then says "more than". */
  SEARCH_MAX_COUNTED: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
});

export type TConfig = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  /** Replies by e-mail (docs/adr/0056): the listener's port (undefined: off) and the reply domain. */
  inbound: { port: number | undefined; host: string; replyDomain: string; maxBytes: number };
  redisUrl: string | undefined;
  s3Url: string | undefined;
  mailFrom: string;
  publicUrl: string;
  isDemo: boolean;
  sessionDays: number;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  search: { rankCandidates: number; facetCandidates: number; maxCounted: number };
  /** Trusted proxy hops: the client address is this many entries from the right of X-Forwarded-For. */
  trustedProxyHops: number;
  isSecureCookie: boolean;
  argon2MemoryKib: number;
  commitmentStaleness: { amberMonths: number; redMonths: number };
  commitmentDashboardCacheSeconds: number;
};

export function readConfig(env: Record<string, string | undefined>, argv: string[] = []): TConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    inbound: {
      port: e.SMTP_INBOUND_PORT,
      host: e.SMTP_INBOUND_HOST,
      replyDomain: (e.SMTP_REPLY_DOMAIN ?? new URL(publicUrl).hostname).toLowerCase(),
      maxBytes: e.SMTP_INBOUND_MAX_BYTES,
    },
    redisUrl: e.REDIS_URL,
    s3Url: e.S3_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl,
    isDemo: e.DEMO === 'on' && !argv.includes('--no-demo'),
    sessionDays: e.SESSION_DAYS,
    logLevel: e.LOG_LEVEL,
    trustedProxyHops: e.TRUST_PROXY === 'off' ? 0 : e.TRUST_PROXY === 'on' ? 1 : Number(e.TRUST_PROXY),
    isSecureCookie: publicUrl.startsWith('https://'),
    argon2MemoryKib: e.ARGON2_MEMORY_KIB,
    commitmentStaleness: {
      amberMonths: e.COMMITMENT_AMBER_MONTHS,
      redMonths: Math.max(e.COMMITMENT_RED_MONTHS, e.COMMITMENT_AMBER_MONTHS),
    },
    commitmentDashboardCacheSeconds: e.COMMITMENT_DASHBOARD_CACHE_SECONDS,
    search: {
      rankCandidates: e.SEARCH_RANK_CANDIDATES,
      facetCandidates: e.SEARCH_FACET_CANDIDATES,
      maxCounted: e.SEARCH_MAX_COUNTED,
    },
  };
}
