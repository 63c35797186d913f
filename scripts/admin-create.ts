// `npm run admin:create -- --email someone@example.org [--name "…"] [--password …] [--locale fr]`
// Creates a verified account with the admin role, or gives the admin role to an existing account.
// The password comes from --password, else ADMIN_PASSWORD, else a strong random one printed once.
// Works on the configured database: the SQLite file under DATA_DIR, or DATABASE_URL.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { closeDeps, createDeps } from '../src/compose.ts';
import { readConfig } from '../src/config.ts';
import type { TDeps } from '../src/deps.ts';
import {
  createOrPromoteAdmin,
  type TAdminAccountRequest,
  type TAdminAccountResult,
} from '../src/domains/accounts/roles.service.ts';
import { isLocale } from '../src/i18n/locales.ts';
import { translator } from '../src/i18n/translator.ts';
import { isAppError } from '../src/platform/errors.ts';
import { createLogger } from '../src/platform/logger.ts';

const usage =
  'Usage: npm run admin:create -- --email someone@example.org [--name "Full Name"] [--password …] [--locale en]';

/** Reads the command line (and ADMIN_PASSWORD) into a request; throws with a readable message. */
export function parseAdminCreateArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): TAdminAccountRequest {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      locale: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.email) throw new Error(`--email is required.\n${usage}`);
  if (values.locale !== undefined && !isLocale(values.locale)) {
    throw new Error(`--locale must be one of en, es, fr, ru, ar, pl.\n${usage}`);
  }
  const password = values.password ?? (env.ADMIN_PASSWORD || undefined);
  return {
    email: values.email,
    name: values.name,
    password,
    locale: isLocale(values.locale) ? values.locale : undefined,
  };
}

/** The work of the command, for the command itself and for tests. */
export async function adminCreate(deps: TDeps, request: TAdminAccountRequest): Promise<TAdminAccountResult> {
  return createOrPromoteAdmin(deps, request);
}

/** What the operator reads after the command ran. */
export function describeResult(result: TAdminAccountResult, request: TAdminAccountRequest): string[] {
  const lines: string[] = [];
  if (result.isCreated) lines.push(`Created the administrator account ${result.email}.`);
  else if (result.isPromoted)
    lines.push(`${result.email} already had an account; it now has the admin role.`);
  else lines.push(`${result.email} is already an administrator; nothing changed.`);
  if (!result.isCreated && request.password) lines.push('The existing password was left unchanged.');
  if (result.generatedPassword) {
    lines.push(`Its password (shown only this once, keep it safe): ${result.generatedPassword}`);
  }
  return lines;
}

async function main(): Promise<void> {
  const request = parseAdminCreateArgs(process.argv.slice(2), process.env);
  const config = readConfig(process.env);
  const deps = await createDeps(config, createLogger('warn'));
  try {
    const result = await adminCreate(deps, request);
    for (const line of describeResult(result, request)) console.log(line);
  } finally {
    await closeDeps(deps);
  }
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  main().catch((error: unknown) => {
    if (isAppError(error)) {
      const { t } = translator('en');
      const problems = Object.entries(error.fieldErrors).map(([field, key]) => `--${field}: ${t(key)}`);
      console.error(problems.length > 0 ? problems.join('\n') : error.message);
    } else {
      console.error(error instanceof Error ? error.message : String(error));
    }
    process.exitCode = 1;
  });
}
