/** Bundles `entry` (a file path) into `cacheDir` as `<prefix>-<hash>.mjs` and answers its URL. */
export function bundleModule(entry: string, cacheDir: string, prefix: string): Promise<URL>;
