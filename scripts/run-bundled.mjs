// `node [node flags] scripts/run-bundled.mjs SCRIPT.ts [arguments…]`: runs a TypeScript script bundled
// into plain JavaScript (src/platform/module-bundle.mjs) instead of under tsx, for a command whose
// memory is budgeted (ADR 0129: `npm run practices:import`). tsx's module hooks run on a thread of their
// own, a second V8 heap, with its compiled sources (~45 MB resident at rest; the import's peak fell by
// 15–20 MB). The bundle is kept
// in node_modules/.cache, inside the project, so the packages it imports by name resolve as they would
// from the sources; the script sees the arguments after its own path, as it would under tsx.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModule } from '../src/platform/module-bundle.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node scripts/run-bundled.mjs SCRIPT.ts [arguments…]');
  process.exit(2);
}
const cacheDir = fileURLToPath(new URL('../node_modules/.cache/carehub-scripts/', import.meta.url));
const entry = resolve(script);
const bundle = await bundleModule(entry, cacheDir, 'script');
process.argv = [process.argv[0] ?? 'node', entry, ...args];
await import(bundle.href);
