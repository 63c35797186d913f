import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import { readConceptPage } from './concept-pages.service.ts';
import { ConceptPage } from './views/concept-page.tsx';

/** /{locale}/concepts/{id}: a page per concept of the care taxonomy, listing its records. */
export function conceptPagesWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/concepts/:id', async (c) => {
    const page = Math.min(Math.max(Number.parseInt(c.req.query('page') ?? '1', 10) || 1, 1), 1000);
    const data = await readConceptPage(deps, c.req.param('id'), page);
    return renderPage(c, <ConceptPage ctx={viewContext(c)} {...data} />);
  });
  return web;
}
