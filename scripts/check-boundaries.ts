import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/**
 * The boundaries of docs/adr/0019-one-core-and-one-door-per-domain.md, checked on every relative
 * import in src/ (test files excluded): run by `npm run lint`, and by test/boundaries.test.ts so that
 * a new violation fails CI. Known violations still being paid off are listed in
 * scripts/boundaries-baseline.json; the list may only shrink (a fixed entry left in it fails too).
 */
export type TImport = { from: string; to: string };
export type TViolation = TImport & { rule: string };

const routeFile = /\.(web\.tsx?|routes\.tsx?|api\.ts|feed\.ts)$/;
const domainOf = (path: string) => /^src\/domains\/([^/]+)\//.exec(path)?.[1];

/** The rule an import breaks, or null. Paths are relative to the repository root, with "/". */
export function ruleBroken({ from, to }: TImport): string | null {
  const fromDomain = domainOf(from);
  const toDomain = domainOf(to);
  if ((from.startsWith('src/core/') || from.startsWith('src/platform/')) && toDomain) {
    return 'core and platform import no domain';
  }
  if (from.startsWith('src/ui/') && to.startsWith('src/http/')) return 'ui imports no http';
  if (from.startsWith('src/i18n/') && toDomain) return 'i18n imports no domain';
  if (routeFile.test(from) && to.endsWith('.repository.ts')) return 'routes import no repository';
  if (from.includes('/views/') && to.endsWith('.repository.ts')) {
    return 'views import no repository (record types are in <domain>.record.ts)';
  }
  if (fromDomain === 'search' && toDomain && toDomain !== 'search') {
    return 'search imports no domain (each registers a search source, core/search-sources.ts)';
  }
  if (fromDomain && toDomain && fromDomain !== toDomain && to !== `src/domains/${toDomain}/index.ts`) {
    return 'other domains only through their index.ts';
  }
  return null;
}

const specifiers = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

export function importsOf(root: string, file: string): TImport[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: TImport[] = [];
  for (const match of text.matchAll(specifiers)) {
    const spec = match[1] ?? match[2];
    if (!spec) continue;
    found.push({
      from: file,
      to: normalize(join(dirname(file), spec))
        .split('\\')
        .join('/'),
    });
  }
  return found;
}

function walk(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return walk(root, path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

export function findViolations(root: string): TViolation[] {
  const violations: TViolation[] = [];
  for (const file of walk(root, 'src')) {
    for (const edge of importsOf(root, file)) {
      const rule = ruleBroken(edge);
      if (rule) violations.push({ ...edge, rule });
    }
  }
  return violations;
}

export const baselinePath = 'scripts/boundaries-baseline.json';

const keyOf = (v: TImport) => `${v.from} -> ${v.to}`;

/** New violations (not in the baseline) and baseline entries that no longer occur. */
export function compareWithBaseline(
  violations: readonly TViolation[],
  baseline: readonly string[],
): { added: TViolation[]; fixed: string[] } {
  const known = new Set(baseline);
  const found = new Set(violations.map(keyOf));
  return {
    added: violations.filter((v) => !known.has(keyOf(v))),
    fixed: baseline.filter((key) => !found.has(key)),
  };
}

export function readBaseline(root: string): string[] {
  return JSON.parse(readFileSync(join(root, baselinePath), 'utf8')) as string[];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = relative(process.cwd(), '.') || '.';
  const violations = findViolations(root);
  if (process.argv.includes('--write-baseline')) {
    const keys = [...new Set(violations.map(keyOf))].sort();
    writeFileSync(join(root, baselinePath), `${JSON.stringify(keys, null, 2)}\n`);
    console.log(`${keys.length} known violation(s) written to ${baselinePath}`);
    process.exit(0);
  }
  const { added, fixed } = compareWithBaseline(violations, readBaseline(root));
  for (const v of added) console.error(`${v.from} → ${v.to}: ${v.rule}`);
  for (const key of fixed) console.error(`${key}: fixed; remove it from ${baselinePath}`);
  console.log(
    `boundaries: ${violations.length} known violation(s) left, ${added.length} new, ${fixed.length} fixed`,
  );
  process.exit(added.length === 0 && fixed.length === 0 ? 0 : 1);
}
