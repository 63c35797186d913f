import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A server in its own process, so the load generator never shares a thread (or a core) with it. */
export type TChildServer = {
  url: string;
  /** CPU time the server process used since it started listening, in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
};

type TChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'cpu'; micros: number }
  | { type: 'error'; message: string };

/**
 * Forks one of bench/support/*.server.ts (through tsx) and waits for it to report its port over IPC.
 * nodeOptions are passed to the child's Node.js, e.g. ['--cpu-prof', '--cpu-prof-dir=bench/profiles'].
 */
export async function startChildServer(
  entry: string,
  args: string[] = [],
  nodeOptions: string[] = [],
): Promise<TChildServer> {
  const child = fork(fileURLToPath(new URL(entry, import.meta.url)), args, {
    execArgv: ['--import', 'tsx', ...nodeOptions],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start within 60 s`)), 60_000);
    child.on('message', (message: TChildMessage) => {
      if (message.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port);
      } else if (message.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`${entry}: ${message.message}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before listening`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMicros: () =>
      new Promise<number>((resolve) => {
        const onMessage = (message: TChildMessage) => {
          if (message.type !== 'cpu') return;
          child.off('message', onMessage);
          resolve(message.micros);
        };
        child.on('message', onMessage);
        child.send({ type: 'cpu' });
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** For the child side: report the port, answer CPU questions, stop on SIGTERM. */
export function serveChildProtocol(port: number, close: () => Promise<void>): void {
  const startCpu = process.cpuUsage();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') {
      const used = process.cpuUsage(startCpu);
      process.send?.({ type: 'cpu', micros: used.user + used.system });
    }
  });
  process.once('SIGTERM', () => {
    void close().finally(() => process.exit(0));
  });
  process.send?.({ type: 'listening', port });
}

export function reportChildError(error: unknown): never {
  process.send?.({
    type: 'error',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exit(1);
}
