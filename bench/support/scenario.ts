import type { TLoadOptions } from './load.ts';

/** Settings every scenario gets from bench/run.ts (and its command line). */
export type TBenchSettings = TLoadOptions & {
  /** Extra Node.js options for the application's process, e.g. --cpu-prof. */
  appNodeOptions: string[];
};

/**
 * One benchmark: bench/<name>.bench.ts exports `scenario`. `npm run bench` runs them all,
 * `npm run bench -- <name>` one. A scenario prints its own results and returns whether it met its target.
 */
export type TBenchScenario = {
  name: string;
  description: string;
  run(settings: TBenchSettings): Promise<{ isOnTarget: boolean }>;
};
