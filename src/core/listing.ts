/**
 * Links that add or remove one facet value from the current query string, so every narrowed list
 * has a plain, shareable URL and works without JavaScript. The page number is dropped on change.
 */
export function withToggled(params: URLSearchParams, name: string, value: string): string {
  const next = new URLSearchParams(params);
  const values = next.getAll(name);
  next.delete(name);
  next.delete('page');
  if (values.includes(value)) {
    for (const v of values) if (v !== value) next.append(name, v);
  } else {
    for (const v of values) next.append(name, v);
    next.append(name, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '?';
}

export function withParam(params: URLSearchParams, name: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(name);
  else next.set(name, value);
  const text = next.toString();
  return text ? `?${text}` : '?';
}

/** The facet filters in a query string: repeated parameters, or one comma-separated. */
export function filtersFrom(params: URLSearchParams, names: readonly string[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const name of names) {
    const values = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '' && v.length <= 80)
      .slice(0, 20);
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return filters;
}

/** One page of a list and how many match in all, read side by side (lists with a pager, the API). */
export async function pageWithTotal<T>(
  items: Promise<T[]>,
  total: Promise<number>,
): Promise<{ items: T[]; total: number }> {
  const [page, count] = await Promise.all([items, total]);
  return { items: page, total: count };
}
