import { Hono } from 'hono';
import type { TAppEnv } from '../http/app-env.ts';
import { viewContext } from '../http/view-context.ts';
import { renderPage } from '../ui/render.ts';
import { readReference, type TOpenApiDocument, type TReference } from './api-reference.ts';
import { ApiReferencePage } from './views/api-reference-page.tsx';

/**
 * /{locale}/api: the reference of the JSON API, read once from the same OpenAPI document that
 * /api/v1/openapi.json serves (the document does not change while the process runs).
 */
export function apiReferenceWeb(readDocument: () => unknown): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  let reference: TReference | undefined;
  web.get('/api', (c) => {
    reference ??= readReference(readDocument() as TOpenApiDocument);
    return renderPage(c, <ApiReferencePage ctx={viewContext(c)} reference={reference} />);
  });
  return web;
}
