import type { TDeps } from '../deps.ts';

/**
 * What each domain lists in /sitemap.xml, registered by compose.ts (ADR 0087): the sitemap route
 * (http/sitemap.routes.ts) reads this registry and no domain. An entry is a path under a language
 * ("/events/{slug}"): with the language the record is written in, it is listed once under that
 * language; with none (a section's index), once under every language.
 */
export type TSitemapEntry = { path: string; language: string; lastmod: string };

export type TSitemapSource = {
  name: string;
  /** Only public pages: a record the public may not read is never listed. */
  entries(deps: TDeps): Promise<TSitemapEntry[]>;
};

const sources = new Map<string, TSitemapSource>();

/** Registers a source (again under the same name: replaced); the returned function takes it out (tests). */
export function registerSitemapSource(source: TSitemapSource): () => void {
  sources.set(source.name, source);
  return () => {
    if (sources.get(source.name) === source) sources.delete(source.name);
  };
}

/** A section's index page, listed under every language. */
export function sectionEntry(path: string): TSitemapEntry {
  return { path, language: '', lastmod: '' };
}

/** A record's page as its repository reads it for the sitemap. */
export type TSitemapRow = { slug: string; language: string; updatedAt: string };

/** A section's index and its records' pages ("/events" and "/events/{slug}"). */
export function sectionWithRecords(section: string, rows: readonly TSitemapRow[]): TSitemapEntry[] {
  return [
    sectionEntry(section),
    ...rows.map((row) => ({
      path: `${section}/${encodeURIComponent(row.slug)}`,
      language: row.language,
      lastmod: row.updatedAt.slice(0, 10),
    })),
  ];
}

/** Every source's entries, in the order they were registered. */
export async function sitemapEntries(deps: TDeps): Promise<TSitemapEntry[]> {
  const lists = await Promise.all([...sources.values()].map((source) => source.entries(deps)));
  return lists.flat();
}
