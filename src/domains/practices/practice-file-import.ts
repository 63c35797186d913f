import { createReadStream } from 'node:fs';
import type { TDeps } from '../../deps.ts';
import { createWorkerPool, defaultPoolSize, type TWorkerPool } from '../../platform/worker-pool.ts';
import { hubPlaceNameSources } from '../search/index.ts';
import { importPractices } from './practice-import.service.ts';
import {
  createLineChecker,
  runLineBatch,
  type TImportProblem,
  type TImportRecord,
  type TLineAnswer,
  type TLineBatchTask,
} from './practice-import-lines.ts';

/**
 * `npm run practices:import`'s work (ADR 0083, 0104): a file of JSON lines read twice as a stream — every
 * line checked first (nothing is loaded if one is bad, unless `isSkippingInvalid`), then the good ones
 * loaded, a transaction per chunk. Checking a line and preparing its index entry (Markdown to text, the
 * analysis into words, concepts and places) need no database: worker threads do it, a batch of lines at
 * a time, and the one writer (this thread) takes their answers in the file's order, so the practices,
 * the index and the audit are written exactly as by one thread (`workers: 0` does everything here).
 */
export type TFileImportOptions = {
  /** Worker threads; 0 checks and prepares on this thread. Default: the cores less one, at least 1. */
  workers?: number;
  isSkippingInvalid?: boolean;
  /**
   * Practices per transaction (ADR 0083, 0104, 0128): 1,024, a power of two (few statement shapes:
   * `slices`); each commit rewrites the index pages it touched, so fewer, larger commits write less.
   */
  chunkSize?: number;
  actorId?: string | null;
  /** Told after every written chunk, with the number of practices loaded so far. */
  onProgress?: (loaded: number) => void;
};

export type TFileImportResult = {
  problems: TImportProblem[];
  /** Good lines (loaded unless there were problems and `isSkippingInvalid` was not set). */
  good: number;
  isLoaded: boolean;
  created: number;
  updated: number;
};

const BYTES_PER_BATCH = 1024 * 1024;

/**
 * The file's lines in batches of whole lines (a line ends at a line feed; a carriage return before it
 * is dropped by the reader of the batch), as bytes of about 1 MB (~200 generated practices): the
 * reader never decodes or splits text itself, and copies each byte once (the end of a read that
 * holds no whole line waits for the next read).
 */
export async function* lineBatches(path: string): AsyncGenerator<{ firstLine: number; bytes: Uint8Array }> {
  let firstLine = 1;
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, {
    highWaterMark: BYTES_PER_BATCH,
  }) as AsyncIterable<Buffer>) {
    const end = chunk.lastIndexOf(10) + 1;
    if (end === 0) {
      carry = Buffer.concat([carry, chunk]);
      continue;
    }
    const bytes = new Uint8Array(carry.length + end);
    bytes.set(carry, 0);
    bytes.set(chunk.subarray(0, end), carry.length);
    // Copied: the stream may reuse its chunk.
    carry = Buffer.from(chunk.subarray(end));
    const lines = countLineFeeds(bytes);
    yield { firstLine, bytes };
    firstLine += lines;
  }
  if (carry.length > 0) yield { firstLine, bytes: new Uint8Array(carry) };
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) count += 1;
  return count;
}

/** How many batches may wait in the workers for the writer: enough to keep them busy while it writes. */
const BATCHES_IN_FLIGHT_PER_WORKER = 2;
/** New practices written together inside a chunk's transaction before the reader gets a turn. */
const WRITE_STEP = 256;
const WORKER_OLD_SPACE_MB = 64;

async function eachAnswer(
  path: string,
  mode: TLineBatchTask['mode'],
  pool: TWorkerPool<TLineBatchTask, TLineAnswer[]> | undefined,
  onAnswer: (answer: TLineAnswer) => Promise<void> | void,
): Promise<void> {
  const inFlight: Array<Promise<TLineAnswer[]>> = [];
  const limit = Math.max(1, (pool?.size ?? 0) * BATCHES_IN_FLIGHT_PER_WORKER);
  const drainOne = async () => {
    const answers = await inFlight.shift();
    for (const answer of answers ?? []) await onAnswer(answer);
  };
  let batches = 0;
  for await (const { firstLine, bytes } of lineBatches(path)) {
    const task: TLineBatchTask = { mode, firstLine, bytes };
    // While the file is only checked, this thread has nothing else to do: it checks one batch in every
    // (workers + 1) itself, while the workers check the ones before it.
    const isHere = !pool || (mode === 'check' && batches % (pool.size + 1) === pool.size);
    batches += 1;
    inFlight.push(
      isHere ? Promise.resolve(runLineBatch(task)) : pool.run(task, [bytes.buffer as ArrayBuffer]),
    );
    // Nothing is left unhandled: a rejected batch is awaited here (in order) and throws.
    inFlight[inFlight.length - 1]?.catch(() => {});
    if (inFlight.length >= limit) await drainOne();
  }
  while (inFlight.length > 0) await drainOne();
}

export async function importPracticeFile(
  deps: Pick<TDeps, 'db' | 'search' | 'clock'>,
  path: string,
  options: TFileImportOptions = {},
): Promise<TFileImportResult> {
  const workers = options.workers ?? defaultPoolSize();
  const chunkSize = options.chunkSize ?? 1024;
  const pool =
    workers > 0
      ? await createWorkerPool<TLineBatchTask, TLineAnswer[]>(
          new URL('./practice-import.worker.ts', import.meta.url),
          {
            size: workers,
            workerData: { placeNames: hubPlaceNameSources() },
            // A worker holds the analyser and its modules (~35 MB live) and a few batches; its heap is kept
            // from growing further so that the whole import stays within its memory budget (issue 12: 500 MB).
            resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: 16 },
          },
        )
      : undefined;
  try {
    const checker = createLineChecker();
    let good = 0;
    await eachAnswer(path, 'check', pool, (answer) => {
      if (checker.accept(answer)) good += 1;
    });
    const { problems } = checker;
    const result: TFileImportResult = { problems, good, isLoaded: false, created: 0, updated: 0 };
    if (problems.length > 0 && !options.isSkippingInvalid) return result;
    // The second reading checks again (the same lines give the same answers) and loads the good lines.
    const loader = createLineChecker();
    let chunk: TImportRecord[] = [];
    let loaded = 0;
    const write = async (records: TImportRecord[]) => {
      const done = await importPractices(deps, records, {
        chunkSize,
        stepSize: WRITE_STEP,
        actorId: options.actorId ?? null,
      });
      result.created += done.created;
      result.updated += done.updated;
      loaded += records.length;
      options.onProgress?.(loaded);
    };
    // A chunk is written while the next one fills: the writer lets the reader run between its steps, so
    // the workers get more lines meanwhile; a full chunk waits for the one before (two at most in memory).
    let writing: Promise<void> = Promise.resolve();
    const startWriting = async () => {
      const records = chunk;
      chunk = [];
      await writing;
      writing = write(records);
      // Awaited by the next chunk or at the end; a failure is thrown there.
      writing.catch(() => {});
    };
    await eachAnswer(path, 'prepare', pool, async (answer) => {
      if (!loader.accept(answer) || !answer.record) return;
      chunk.push(answer.record);
      if (chunk.length >= chunkSize) await startWriting();
    });
    if (chunk.length > 0) await startWriting();
    await writing;
    result.isLoaded = true;
    return result;
  } finally {
    await pool?.close();
  }
}
