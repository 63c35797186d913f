import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModule } from './module-bundle.mjs';

/** The system's temporary folder: writable wherever the hub runs, unlike an installed node_modules. */
const CACHE_DIR = join(tmpdir(), 'carehub-workers');

/**
 * A worker thread's TypeScript module and the project modules it imports, as one plain JavaScript file
 * (packages stay imports), so that the thread runs it without tsx (ADR 0128). Under tsx every worker
 * thread had a loader thread of its own, a second V8 heap (~30 MB resident each) that also compiled the
 * modules again in each worker.
 */
export function bundledWorkerModule(module: URL): Promise<URL> {
  return bundleModule(fileURLToPath(module), CACHE_DIR, 'worker');
}
