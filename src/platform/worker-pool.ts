import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledWorkerModule } from './worker-bundle.ts';

/**
 * A fixed set of worker threads running one module, for CPU-heavy work beside a writer that must stay
 * on the main thread (the bulk import, ADR 0104). `run` hands a task to the least busy worker and
 * answers with its result; a caller that awaits the answers in the order it asked for them gets them in
 * that order, whichever worker finished first. A worker that fails rejects its tasks and the pool's
 * later ones; `close` ends every thread.
 *
 * The worker module answers each message `{ id, task }` with `{ id, result }` or `{ id, error }`; it
 * reads the pool's `workerData` as `workerData.data`. Threads run the module bundled into plain
 * JavaScript (worker-bundle.ts, ADR 0128), without the command line's loaders.
 */
export type TWorkerPool<TTask, TResult> = {
  readonly size: number;
  run(task: TTask, transfer?: ArrayBuffer[]): Promise<TResult>;
  close(): Promise<void>;
};

/**
 * Threads for a pool: one for each core the main thread leaves, at least one. On two cores one worker
 * beside the bulk import's writer was as fast as two (100,000 practices: 76 s either way) with ~110 MB
 * less resident memory and less CPU: the writer keeps a core busy itself (ADR 0128).
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export async function createWorkerPool<TTask, TResult>(
  module: URL,
  options: {
    size?: number;
    workerData?: unknown;
    /** Heap limits of each worker (a process's memory budget counts every thread's heap). */
    resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number };
  } = {},
): Promise<TWorkerPool<TTask, TResult>> {
  const script = await bundledWorkerModule(module);
  const size = Math.max(1, options.size ?? defaultPoolSize());
  type TPending = { resolve: (value: TResult) => void; reject: (error: Error) => void };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, {
      workerData: { data: options.workerData },
      // Not the parent's `--import tsx` and heap flags: the bundle is plain JavaScript; limits are below.
      execArgv: [],
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
    const pending = new Map<number, TPending>();
    const entry = { worker, pending };
    const failAll = (error: Error) => {
      failure ??= error;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.on('message', (message: { id: number; result?: TResult; error?: string }) => {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      if (message.error !== undefined) p.reject(new Error(message.error));
      else p.resolve(message.result as TResult);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => {
      if (!isClosing) failAll(new Error(`worker thread stopped (exit code ${code})`));
    });
    return entry;
  });
  let next = 0;
  let failure: Error | undefined;
  let isClosing = false;
  return {
    size,
    run(task, transfer = []) {
      if (failure) return Promise.reject(failure);
      // The least busy worker; ties go round the pool.
      let chosen = workers[next % size];
      for (let k = 1; k < size; k++) {
        const candidate = workers[(next + k) % size];
        if (candidate && chosen && candidate.pending.size < chosen.pending.size) chosen = candidate;
      }
      next += 1;
      if (!chosen) return Promise.reject(new Error('no worker'));
      const target = chosen;
      const id = next;
      return new Promise<TResult>((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        target.worker.postMessage({ id, task }, transfer);
      });
    },
    async close() {
      isClosing = true;
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
