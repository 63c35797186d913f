import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeTags, type TLocale } from './locales.ts';

/**
 * Message files live in messages/<locale>/<namespace>.json as flat objects; a key is used in code
 * as "<namespace>.<key>" (e.g. "accounts.signIn.title"). Namespaces let each domain own its file.
 */
export type TCatalog = ReadonlyMap<string, string>;

const messagesDir = join(fileURLToPath(new URL('.', import.meta.url)), 'messages');

export function readCatalog(locale: string, dir: string = messagesDir): Map<string, string> {
  const catalog = new Map<string, string>();
  const localeDir = join(dir, locale);
  for (const file of readdirSync(localeDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const namespace = file.slice(0, -'.json'.length);
    const content = JSON.parse(readFileSync(join(localeDir, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(content)) {
      if (typeof value !== 'string') throw new Error(`${locale}/${file}: "${key}" is not a string`);
      catalog.set(`${namespace}.${key}`, value);
    }
  }
  return catalog;
}

let loaded: Map<TLocale, TCatalog> | undefined;

export function catalogs(): Map<TLocale, TCatalog> {
  if (!loaded) {
    loaded = new Map(localeTags.map((tag) => [tag, readCatalog(tag)]));
  }
  return loaded;
}
