import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The real server (src/main.ts) in its own process, on a free loopback port, with a fresh data folder. */
export type TRunningServer = {
  baseUrl: string;
  dataDir: string;
  /** What the server wrote to stderr and stdout so far (warnings and errors only, at LOG_LEVEL=warn). */
  output(): string;
  stop(): Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `tsx src/main.ts` (run as `node --import tsx`, so the signal to stop reaches the server itself
 * rather than a wrapper) with DEMO on and LOG_LEVEL warn, and waits until /readyz answers 200.
 */
export async function startServer(
  options: { env?: Record<string, string>; dataDir?: string } = {},
): Promise<TRunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'carehub-e2e-'));
  // The e2e run loads the demo once into a folder (E2E_DEMO_DATA, see e2e/support/demo-data.ts) and each
  // server starts from a copy of it: the same hub a fresh `npm start` makes, without loading it again.
  const demoData = process.env.E2E_DEMO_DATA;
  if (!options.dataDir && demoData && existsSync(demoData) && options.env?.DEMO !== 'off')
    cpSync(demoData, dataDir, { recursive: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: 'on',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseUrl,
    DATABASE_URL: undefined,
    SMTP_URL: undefined,
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async () => {
    await stopChild(child, exited);
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(baseUrl, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output: () => output, stop };
}

async function waitUntilReady(
  baseUrl: string,
  exited: Promise<number | null>,
  output: () => string,
  timeoutMs = 60_000,
): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error(`The server exited before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The server did not become ready within ${timeoutMs} ms:\n${output()}`);
}

/** SIGTERM (the server finishes open requests and closes its database), then SIGKILL after 10 s. */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
