import { readdirSync, readFileSync } from 'node:fs';

/** The founding texts (shared/seeds, beside the project): read, never copied into it. */
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);

export function seedText(prefix: string): string {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no founding text ${prefix} in ${seedsDir.pathname}`);
  return readFileSync(new URL(name, seedsDir), 'utf8');
}
