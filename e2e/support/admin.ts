import { spawn } from 'node:child_process';
import { projectRoot, type TRunningServer } from './server.ts';

/**
 * Creates a verified administrator on the running server's database with the project's own command
 * (`npm run admin:create`, run as `node --import tsx scripts/admin-create.ts`) and the same DATA_DIR.
 */
export async function createAdmin(
  server: TRunningServer,
  account: { email: string; password: string; name: string; locale?: string },
): Promise<string> {
  const args = ['--import', 'tsx', 'scripts/admin-create.ts', '--email', account.email];
  args.push('--password', account.password, '--name', account.name);
  if (account.locale) args.push('--locale', account.locale);
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, DATA_DIR: server.dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`admin:create failed (${code}):\n${output}`);
  return output;
}
