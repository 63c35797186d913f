import { searchTypeOf } from '../../core/search-sources.ts';

/**
 * Where each kind of search record lives on the site, under the reader's language, and the message
 * key of its name: both registered by the record's own domain (core/search-sources.ts, ADR 0087).
 * A slug may hold a path ("{community}/threads/{id}"): each segment is encoded on its own.
 */
export function recordPath(type: string, slug: string): string {
  const path = searchTypeOf(type)?.path ?? `/${type}`;
  return `${path}/${slug.split('/').map(encodeURIComponent).join('/')}`;
}

export function recordTypeLabelKey(type: string): string {
  return searchTypeOf(type)?.labelKey ?? `search.type.${type}`;
}
