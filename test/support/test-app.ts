import { after, before } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/app.ts';
import { closeDeps, createDeps } from '../../src/compose.ts';
import { readConfig } from '../../src/config.ts';
import type { TDeps } from '../../src/deps.ts';
import type { TAppEnv } from '../../src/http/app-env.ts';
import type { TClock } from '../../src/platform/clock.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createTestDatabase, type TTestDatabase } from './test-database.ts';

export type TTestApp = {
  app: Hono<TAppEnv>;
  deps: TDeps;
  database: TTestDatabase;
  /** A browser-like client with its own cookie jar. */
  client(): TestClient;
  close(): Promise<void>;
};

/** The real application on a fresh real database, for HTTP tests through app.request(). */
export async function createTestApp(
  options: { env?: Record<string, string>; clock?: TClock } = {},
): Promise<TTestApp> {
  const database = await createTestDatabase();
  const config = readConfig({
    DATA_DIR: database.dataDir,
    DEMO: 'off',
    LOG_LEVEL: 'silent',
    ARGON2_MEMORY_KIB: '1024',
    PUBLIC_URL: 'http://localhost',
    ...options.env,
  });
  const deps = await createDeps(config, createLogger('silent'), {
    database: database.handle,
    clock: options.clock,
  });
  const app = createApp(deps);
  return {
    app,
    deps,
    database,
    client: () => new TestClient(app),
    close: async () => {
      await closeDeps(deps).catch(() => {});
      await database.drop();
    },
  };
}

/**
 * The app of one `describe`'s tests: made in a `before` hook, closed in an `after` hook, both
 * registered where this is called (inside the describe, ADR 0095). Its fields are there once the
 * tests (or later `before` hooks) run.
 */
export function useTestApp(
  options: Parameters<typeof createTestApp>[0] | (() => Parameters<typeof createTestApp>[0]) = {},
): TTestApp {
  let made: TTestApp | undefined;
  before(async () => {
    // A function: options known only once earlier hooks ran (a mail peer's address, for one).
    made = await createTestApp(typeof options === 'function' ? options() : options);
  });
  after(async () => {
    await made?.close();
  });
  const current = (): TTestApp => {
    if (!made) throw new Error('useTestApp: the app is made in a before hook; use it in tests and hooks');
    return made;
  };
  return {
    get app() {
      return current().app;
    },
    get deps() {
      return current().deps;
    },
    get database() {
      return current().database;
    },
    client: () => current().client(),
    close: () => current().close(),
  };
}

export type TFormFields = Record<string, string | string[] | File | File[]>;

/** What a TestClient sends its requests to: the app in this process, or a server over HTTP. */
export type TRequester = { request(path: string, init: RequestInit): Response | Promise<Response> };

export class TestClient {
  readonly cookies = new Map<string, string>();
  lastCsrfToken: string | undefined;

  constructor(private readonly app: TRequester) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await this.app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const isExpired = attributes.some(
        (a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a),
      );
      // Forms carry a token bound to the session: a new (or ended) session needs a fresh one.
      if (name === 'carehub_session' && this.cookies.get(name) !== value) this.lastCsrfToken = undefined;
      if (isExpired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** GETs a page and remembers the CSRF token its forms carry. */
  async get(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ response: Response; html: string }> {
    const response = await this.request(path, { headers });
    const html = await response.text();
    const token =
      /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? /name="csrf-token" content="([^"]+)"/.exec(html)?.[1];
    if (token) this.lastCsrfToken = token;
    return { response, html };
  }

  /** POSTs a form as a browser would, with the CSRF token of the last page unless one is given. */
  async post(path: string, fields: TFormFields, options: { csrf?: string | null } = {}): Promise<Response> {
    const csrf = options.csrf === undefined ? await this.csrfToken() : options.csrf;
    const hasFile = Object.values(fields).some(
      (v) => v instanceof File || (Array.isArray(v) && v.some((item) => item instanceof File)),
    );
    if (hasFile) {
      const form = new FormData();
      if (csrf !== null) form.set('_csrf', csrf);
      for (const [key, value] of Object.entries(fields)) {
        if (Array.isArray(value)) for (const v of value) form.append(key, v);
        else form.set(key, value);
      }
      return this.request(path, { method: 'POST', body: form });
    }
    const body = new URLSearchParams();
    if (csrf !== null) body.set('_csrf', csrf);
    for (const [key, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const v of value) body.append(key, v as string);
      else body.set(key, value as string);
    }
    return this.request(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async csrfToken(): Promise<string> {
    if (!this.lastCsrfToken || !this.cookies.has('carehub_csrf')) {
      await this.get(this.cookies.has('carehub_session') ? '/en/account' : '/en/sign-in');
    }
    if (!this.lastCsrfToken) throw new Error('No CSRF token found on /en/sign-in or /en/account');
    return this.lastCsrfToken;
  }
}
