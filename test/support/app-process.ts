import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/server.ts';
import { TestClient } from './test-app.ts';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export { freePort };

export type TAppProcess = {
  name: string;
  url: string;
  /** A browser-like client of this node, with its own cookies. */
  client(): TestClient;
  /** True while the process has not exited. */
  isRunning(): boolean;
  /** The end of what the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

/**
 * The hub as it runs in production (`src/main.ts`, its own process) on a free loopback port with a
 * DATA_DIR of its own, so that nothing can pass between nodes through a shared disk. Resolves once
 * /readyz answers 200.
 */
export async function startAppProcess(
  name: string,
  env: Record<string, string>,
  options: { readyWithinMs?: number } = {},
): Promise<TAppProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `carehub-${name}-`));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repositoryRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATA_DIR: dataDir,
      DEMO: 'off',
      LOG_LEVEL: 'warn',
      ARGON2_MEMORY_KIB: '1024',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (isRunning()) child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyWithinMs ?? 60_000);
  for (;;) {
    if (!isRunning()) throw new Error(`${name} exited before it was ready:\n${printed}`);
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} was not ready in time:\n${printed}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    name,
    url,
    client: () =>
      new TestClient({
        request: (path, init) => fetch(new URL(path, url), { ...init, redirect: 'manual' }),
      }),
    isRunning,
    output: () => printed,
    stop,
  };
}
