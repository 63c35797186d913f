import assert from 'node:assert/strict';
import type { TDeps } from '../../src/deps.ts';
import { visibleText } from './accounts.ts';
import type { TestClient } from './test-app.ts';

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

/** Pastes a text on the imports page as this person, in this locale; the new import's id (the paste must be taken). */
export async function pasteImport(client: TestClient, text: string, locale = 'en'): Promise<string> {
  await client.get(`/${locale}/imports`);
  const res = await client.post(`/${locale}/imports`, { text, name: '' });
  assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
  return idFrom(res);
}

/** A review page as a person opened it: the import's id, the page's HTML and its language. */
export type TReviewPage = { id: string; html: string; locale: string };

/** Opens (or opens again) an import's review page. */
export async function openReview(client: TestClient, id: string, locale = 'en'): Promise<TReviewPage> {
  return { id, html: (await client.get(`/${locale}/imports/${id}`)).html, locale };
}

/** Pastes a text and opens its review. */
export async function pasteForReview(client: TestClient, text: string, locale = 'en'): Promise<TReviewPage> {
  return openReview(client, await pasteImport(client, text, locale), locale);
}

/**
 * Asks for the draft: the review form sent back as the page shows it, with the curator's choices (the
 * kind, and a record to update or 'new' as the target).
 */
export function sendReview(
  client: TestClient,
  review: TReviewPage,
  choices: { kind: string; target?: string },
): Promise<Response> {
  return client.post(`/${review.locale}/imports/${review.id}`, {
    ...reviewForm(review.html),
    ...choices,
    action: 'draft',
  });
}

/** Where a form that must be taken leads (its 303's location); any other answer fails with the page's text. */
export async function redirectOf(res: Response): Promise<string> {
  assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 600));
  return res.headers.get('location') ?? '';
}

/** The slug of the practice a draft leads to. */
export function practiceSlugFrom(location: string): string {
  return decodeURIComponent(location.split('/practices/')[1] ?? '');
}

/** An import as stored. */
export function importRow(deps: TDeps, id: string) {
  return deps.db.selectFrom('document_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
