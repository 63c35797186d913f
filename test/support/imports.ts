/** Helpers for import tests: the id an import redirects to, and the review form as the page would send it. */
export function idFrom(res: Response): string {
  return (res.headers.get('location') ?? '').split('/imports/')[1]?.split(/[?#]/)[0] ?? '';
}

/** The form the review page would send back as it stands (every field kept as shown). */
export function reviewForm(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="(v\d+|version)"[^>]*value="([^"]*)"/g))
    form[m[1] ?? ''] = m[2] ?? '';
  for (const m of html.matchAll(/<textarea[^>]*name="(v\d+)"[^>]*>([\s\S]*?)<\/textarea>/g))
    form[m[1] ?? ''] = m[2] ?? '';
  for (const m of html.matchAll(/<select[^>]*name="(d\d+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option value="(\w+)" selected/.exec(m[2] ?? '')?.[1] ?? 'accepted';
    form[m[1] ?? ''] = chosen;
  }
  const decoded = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, decoded(v)]));
}
