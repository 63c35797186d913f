import { createHash } from 'node:crypto';
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** The system's temporary folder: writable wherever the hub runs, unlike an installed node_modules. */
const CACHE_DIR = join(tmpdir(), 'carehub-workers');

/**
 * Packages stay imports, each by the absolute address Node resolves it to from here (the project's
 * node_modules), so that the bundle runs from any folder and loads exactly the packages the sources do.
 */
const packagesByAddress: Plugin = {
  name: 'packages-by-address',
  setup(on) {
    on.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      return { path: import.meta.resolve(args.path), external: true };
    });
  },
};

/**
 * A worker thread's TypeScript module and the project modules it imports, as one plain JavaScript file
 * (packages stay imports), so that the thread runs it without tsx (ADR 0128). Under tsx every worker
 * thread had a loader thread of its own, a second V8 heap (~30 MB resident each) that also compiled the
 * modules again in each worker. The file is named by its content's hash: built once for each version of
 * the sources and never read half-written.
 */
export async function bundledWorkerModule(module: URL): Promise<URL> {
  const result = await build({
    entryPoints: [fileURLToPath(module)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [packagesByAddress],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`bundling ${module.href} gave no output`);
  const name = `worker-${createHash('sha256').update(code).digest('hex').slice(0, 20)}.mjs`;
  const path = join(CACHE_DIR, name);
  if (!(await exists(path))) {
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, code);
    await rename(partial, path);
  }
  return pathToFileURL(path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
