/**
 * Pages of the observatory read the same few thousand values again and again; what they compute is
 * kept here until an import changes the data (one process; another node refreshes after `ttlMs`).
 */
const ttlMs = 5 * 60_000;
const cache = new Map<string, { at: number; value: unknown }>();

export async function remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as T;
  const value = await compute();
  cache.set(key, { at: Date.now(), value });
  return value;
}

export function forgetObservatoryCache(): void {
  cache.clear();
}
