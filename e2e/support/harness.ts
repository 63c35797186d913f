import { after, afterEach, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { TLocale } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/translator.ts';
import { launchBrowser, newContext } from './browser.ts';
import { startServer, type TRunningServer } from './server.ts';

export type TE2E = {
  readonly server: TRunningServer;
  readonly browser: Browser;
  /** A page in a fresh context (own cookies), closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
};

/**
 * One real server and one Chromium for a spec file, started before its tests and stopped after;
 * each test's contexts are closed when it ends.
 */
export function useE2E(options: { env?: Record<string, string> } = {}): TE2E {
  let server: TRunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  before(async () => {
    const [started, launched] = await Promise.allSettled([startServer(options), launchBrowser()]);
    // Keep whichever did start, so after() stops it even when the other failed.
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  const harness: TE2E = {
    get server() {
      if (!server) throw new Error('The server is not running');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not running');
      return browser;
    },
    async newContext(contextOptions = {}) {
      const context = await newContext(harness.browser, harness.server.baseUrl, contextOptions);
      contexts.push(context);
      return context;
    },
    async newPage(contextOptions = {}) {
      return (await harness.newContext(contextOptions)).newPage();
    },
  };
  return harness;
}

/** The text the interface shows for a message key, in a language: what a person should see. */
export function message(locale: TLocale, key: string, values?: Record<string, string | number>): string {
  return translator(locale).t(key, values);
}
