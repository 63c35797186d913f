import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { TDocumentText, TDocumentType } from './document-text.ts';
import type { TDetectedType, TFileVerdict } from './file-checks.ts';
import type { TSandboxReply, TSandboxTask } from './sandbox.child.ts';

/**
 * Work on untrusted files (parsing a PDF, drawing an SVG) happens in one child process at a lower CPU
 * priority, one task at a time, each with a time limit. A task over its limit gets the process killed
 * (SIGKILL: native drawing code stops too, which a worker thread could not promise) and a fresh one
 * starts for the next task. So an upload can cost at most one core for a bounded time, and sign-in and
 * page views keep the other core and the main thread (docs/adr/0029-untrusted-files.md).
 */
export class SandboxTimeoutError extends Error {
  constructor() {
    super('sandbox task ran out of time');
    this.name = 'SandboxTimeoutError';
  }
}

type TPending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const childScript = new URL('./sandbox.child.ts', import.meta.url);
type TSandboxChild = { process: ChildProcess; pending: Map<number, TPending>; ready: Promise<void> };

/** How long a new sandbox may take to load (a busy machine is slow to start Node); tasks' limits start after. */
const startupTimeoutMs = 120_000;
let child: TSandboxChild | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function startChild(): TSandboxChild {
  const started = fork(childScript, [], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=512'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  if (started.pid) {
    try {
      setPriority(started.pid, 10);
    } catch {
      // Not allowed to lower the priority here: still isolated and time-limited.
    }
  }
  const pending = new Map<number, TPending>();
  let markReady: () => void = () => {};
  let failStart: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failStart = reject;
  });
  const startTimer = setTimeout(() => {
    failStart(new SandboxTimeoutError());
    started.kill('SIGKILL');
  }, startupTimeoutMs);
  startTimer.unref();
  // Whoever waits for the start sees its failure; nobody waiting is not an error.
  ready.catch(() => {});
  const handle: TSandboxChild = { process: started, pending, ready };
  started.on('message', (reply: TSandboxReply) => {
    if (reply.id === 0) {
      clearTimeout(startTimer);
      markReady();
      return;
    }
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.error));
  });
  started.on('exit', () => {
    clearTimeout(startTimer);
    failStart(new Error('sandbox process ended'));
    if (child === handle) child = null;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new Error('sandbox process ended'));
    }
  });
  // An idle sandbox never keeps the hub (or a test) from exiting.
  started.unref();
  started.channel?.unref();
  return handle;
}

async function runNow(task: TSandboxTask, limit: TTaskLimit): Promise<unknown> {
  const { cpuMs: timeoutMs, wallMs } = limit;
  child ??= startChild();
  const current = child;
  const { pending } = current;
  const id = nextId++;
  current.process.channel?.ref();
  try {
    await current.ready;
  } catch (error) {
    if (child === current) child = null;
    throw error;
  }
  return new Promise<unknown>((resolve, reject) => {
    const pid = current.process.pid;
    const cpuAtStart = pid === undefined ? null : processCpuMs(pid);
    const startedAt = Date.now();
    const stop = () => {
      pending.delete(id);
      if (child === current) child = null;
      current.process.kill('SIGKILL');
      reject(new SandboxTimeoutError());
    };
    // The limit is the task's own CPU time: on a busy machine the low-priority child may wait for a
    // core, and a file that has not yet been worked on is not refused for it. Wall time is capped too.
    const check = () => {
      const cpuNow = pid === undefined || cpuAtStart === null ? null : processCpuMs(pid);
      const cpuUsed = cpuNow === null || cpuAtStart === null ? timeoutMs : cpuNow - cpuAtStart;
      const waited = Date.now() - startedAt;
      if (cpuUsed >= timeoutMs || waited >= wallMs) return stop();
      const next = Math.min(timeoutMs - cpuUsed, wallMs - waited);
      timer = setTimeout(check, Math.max(next, 1));
    };
    let timer = setTimeout(check, timeoutMs);
    pending.set(id, {
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    current.process.send({ id, task });
  }).finally(() => {
    if (pending.size === 0) current.process.channel?.unref();
  });
}

/** How many times its CPU limit a task may wait in all, however busy the machine. */
const wallTimeFactor = 4;

/** A task's limits: the CPU time it may spend, and the wall time it may wait in all (ms). */
type TTaskLimit = { cpuMs: number; wallMs: number };

function taskLimit(cpuMs: number, wallMs = cpuMs * wallTimeFactor): TTaskLimit {
  return { cpuMs, wallMs };
}

/** Clock ticks a second for /proc (USER_HZ: 100 on every Linux the hub runs on). */
const ticksPerSecond = 100;

/**
 * CPU time a process has used (user + system, ms), from /proc; null where it cannot be read (not
 * Linux, or the process has gone), and the limit is then the wall time.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses; utime and stime are the
    // 14th and 15th fields of the line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : null;
  } catch {
    return null;
  }
}

/** The sandbox's process id while one runs (for operators' tools and tests). */
export function sandboxProcessId(): number | undefined {
  return child?.process.pid;
}

/** Runs tasks one after another (one core at most), each within its own time limit. */
function runInSandbox(task: TSandboxTask, limit: TTaskLimit): Promise<unknown> {
  const result = queue.then(() => runNow(task, limit));
  queue = result.catch(() => undefined);
  return result;
}

/** How much CPU time one file may take to be checked or drawn (ms). */
export const sandboxTimeoutMs = 15_000;

/**
 * Checks an upload (type, extension, active content) in the sandbox. A file that cannot be checked
 * within its CPU time, or that crashes the checker, is refused as if it held active content.
 */
export async function checkUpload(
  bytes: Uint8Array,
  fileName: string,
  accepted: readonly TDetectedType[],
  options: { timeoutMs?: number; wallTimeoutMs?: number } = {},
): Promise<TFileVerdict> {
  try {
    return (await runInSandbox(
      { op: 'inspect', bytes, fileName, accepted },
      taskLimit(options.timeoutMs ?? sandboxTimeoutMs, options.wallTimeoutMs),
    )) as TFileVerdict;
  } catch {
    return { isAccepted: false, reason: 'active_content' };
  }
}

/** Draws an SVG as a PNG within `maxSide`, in the sandbox; throws when it cannot be drawn in time. */
export async function rasteriseSvg(
  bytes: Uint8Array,
  options: { maxSide: number; density: number; timeoutMs?: number },
): Promise<Uint8Array> {
  const value = (await runInSandbox(
    { op: 'rasterise-svg', bytes, maxSide: options.maxSide, density: options.density },
    taskLimit(options.timeoutMs ?? sandboxTimeoutMs),
  )) as { data: Uint8Array };
  return value.data;
}

/** How much CPU time reading one document's text may take (a long PDF); over it, the document is refused. */
export const readDocumentTimeoutMs = 60_000;

/**
 * The text of an untrusted document (PDF, DOCX, HTML, text), read in the sandbox. A document that
 * cannot be read in time, or that crashes or exhausts the reader, is reported as unreadable.
 */
export async function readDocumentInSandbox(
  bytes: Uint8Array,
  type: TDocumentType,
  options: { timeoutMs?: number } = {},
): Promise<TDocumentText> {
  try {
    return (await runInSandbox(
      { op: 'read-document', bytes, type },
      taskLimit(options.timeoutMs ?? readDocumentTimeoutMs),
    )) as TDocumentText;
  } catch {
    return { isRead: false, reason: 'unreadable' };
  }
}
