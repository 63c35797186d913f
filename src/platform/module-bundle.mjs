import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * A TypeScript module and the project modules it imports as one plain JavaScript file, run by Node
 * without tsx (ADR 0128, 0129). Plain JavaScript on purpose: the command-line runner loads it before
 * anything can compile TypeScript.
 */

/**
 * Packages stay imports, each by the absolute address Node resolves it to from here (the project's
 * node_modules), so that the bundle runs from any folder and loads exactly the packages the sources do.
 */
const packagesByAddress = {
  name: 'packages-by-address',
  setup(on) {
    on.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      return { path: import.meta.resolve(args.path), external: true };
    });
  },
};

/**
 * Each module keeps its own address: `import.meta.url`, `.dirname` and `.filename` are written as the
 * source file's, so a module that finds a file beside it (a worker's module, the messages, shipped data)
 * finds it from the bundle too. (`import.meta.resolve` resolves from the bundle's folder: keep the bundle
 * inside the project.)
 */
const ownAddresses = {
  name: 'own-addresses',
  setup(on) {
    on.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const own = {
        'import.meta.url': pathToFileURL(args.path).href,
        'import.meta.dirname': dirname(args.path),
        'import.meta.filename': args.path,
      };
      return {
        contents: source.replace(/import\.meta\.(?:url|dirname|filename)\b/g, (found) =>
          JSON.stringify(own[found]),
        ),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Bundles `entry` (a file path) into `cacheDir` and answers the bundle's URL. The file is named by its
 * content's hash: built once for each version of the sources and never read half-written.
 */
export async function bundleModule(entry, cacheDir, prefix) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [packagesByAddress, ownAddresses],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`bundling ${entry} gave no output`);
  const name = `${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 20)}.mjs`;
  const path = join(cacheDir, name);
  if (!(await exists(path))) {
    await mkdir(cacheDir, { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, code);
    await rename(partial, path);
  }
  return pathToFileURL(path);
}

async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
