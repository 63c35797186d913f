/**
 * Pages of the observatory read the same few thousand values again and again; what they compute is
 * kept here, per database, until an import changes the data (one process; another node sharing the
 * database refreshes after `ttlMs`).
 */
const ttlMs = 5 * 60_000;
const cache = new Map<string, { at: number; value: unknown }>();

export async function remember<T>(scope: string, key: string, compute: () => Promise<T>): Promise<T> {
  const id = `${scope}\u0000${key}`;
  const hit = cache.get(id);
  if (hit && performance.now() - hit.at < ttlMs) return hit.value as T;
  const value = await compute();
  cache.set(id, { at: performance.now(), value });
  return value;
}

export function forgetObservatoryCache(): void {
  cache.clear();
}
