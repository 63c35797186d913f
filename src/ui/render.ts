import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { nameErrorSummaryFields } from './error-summary.ts';

/** Sends a page component as a complete HTML document. */
export async function renderPage(
  c: Context,
  page: JSX.Element,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const html = `<!doctype html>${nameErrorSummaryFields(await page.toString())}`;
  return c.html(html, status, { 'Cache-Control': 'no-store' });
}
