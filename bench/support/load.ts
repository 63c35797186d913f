import autocannon, { type TAutocannonResult } from 'autocannon';
import type { TChildServer } from './child-server.ts';

export type TLoadOptions = { durationSeconds: number; connections: number; warmupSeconds: number };

export type TLoadResult = {
  label: string;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p97_5: number; p99: number; max: number };
  totalRequests: number;
  errors: number;
  non2xx: number;
  /** Server CPU time per request (user + system), in microseconds. */
  cpuMicrosPerRequest: number;
  bytesPerResponse: number;
};

function run(url: string, connections: number, duration: number): Promise<TAutocannonResult> {
  // Keep-alive on (autocannon's default), one request in flight per connection.
  return autocannon({ url, connections, duration, pipelining: 1, timeout: 10 });
}

/** Warms the server up, then loads it for durationSeconds from this process. */
export async function measure(
  label: string,
  server: TChildServer,
  path: string,
  options: TLoadOptions,
): Promise<TLoadResult> {
  const url = `${server.url}${path}`;
  if (options.warmupSeconds > 0) await run(url, options.connections, options.warmupSeconds);
  const cpuBefore = await server.cpuMicros();
  const result = await run(url, options.connections, options.durationSeconds);
  const cpuAfter = await server.cpuMicros();
  const completed = result.requests.total;
  return {
    label,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      mean: result.latency.mean,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    totalRequests: completed,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cpuMicrosPerRequest: completed > 0 ? (cpuAfter - cpuBefore) / completed : 0,
    bytesPerResponse: completed > 0 ? result.throughput.total / completed : 0,
  };
}

export function printResults(results: TLoadResult[]): void {
  const header = ['', 'req/s', 'mean ms', 'p50', 'p97.5', 'p99', 'max', 'CPU µs/req', 'errors', 'non-2xx'];
  const rows = results.map((r) => [
    r.label,
    r.requestsPerSecond.toFixed(0),
    r.latencyMs.mean.toFixed(2),
    String(r.latencyMs.p50),
    String(r.latencyMs.p97_5),
    String(r.latencyMs.p99),
    String(r.latencyMs.max),
    r.cpuMicrosPerRequest.toFixed(0),
    String(r.errors),
    String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`  ${line(header)}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}
