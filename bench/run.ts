// `npm run bench` runs every bench/*.bench.ts; `npm run bench -- home` runs one.
// Options: --duration <s> (10), --connections <n> (50), --warmup <s> (3),
//          --profile (writes a CPU profile of the app's process to bench/profiles/).
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine, printMachine } from './support/machine.ts';
import type { TBenchScenario } from './support/scenario.ts';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
  },
});

async function loadScenarios(): Promise<TBenchScenario[]> {
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const scenarios: TBenchScenario[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(benchDir, file)).href)) as { scenario?: TBenchScenario };
    if (!module.scenario) throw new Error(`${file} exports no scenario`);
    scenarios.push(module.scenario);
  }
  return scenarios;
}

const all = await loadScenarios();
const chosen = positionals.length > 0 ? all.filter((s) => positionals.includes(s.name)) : all;
const unknown = positionals.filter((name) => !all.some((s) => s.name === name));
if (unknown.length > 0 || chosen.length === 0) {
  console.error(`Unknown scenario: ${unknown.join(', ')}. Known: ${all.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const profileDir = join(benchDir, 'profiles');
if (values.profile) mkdirSync(profileDir, { recursive: true });
const settings = {
  durationSeconds: Number(values.duration),
  connections: Number(values.connections),
  warmupSeconds: Number(values.warmup),
  appNodeOptions: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
};

printMachine(describeMachine());
console.log(
  `\nLoad: autocannon, ${settings.connections} connections, keep-alive, ${settings.durationSeconds} s after a ${settings.warmupSeconds} s warm-up`,
);
const started = performance.now();
let isAllOnTarget = true;
for (const scenario of chosen) {
  console.log(`\n▶ ${scenario.name}: ${scenario.description}`);
  const { isOnTarget } = await scenario.run(settings);
  isAllOnTarget &&= isOnTarget;
}
if (values.profile)
  console.log(`\nCPU profiles of the app: ${profileDir} (open in Chrome DevTools › Performance)`);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
process.exitCode = isAllOnTarget ? 0 : 1;
