import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import { ConceptIndicators, readConceptIndicators } from '../observatory/index.ts';
import { readConceptPage } from './concept-pages.service.ts';
import { ConceptPage } from './views/concept-page.tsx';
import { ConceptsIndexPage } from './views/concepts-index-page.tsx';

/** /{locale}/concepts: the index; /{locale}/concepts/{id}: a page per concept of the care taxonomy, listing its records. */
export function conceptPagesWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/concepts', (c) => renderPage(c, <ConceptsIndexPage ctx={viewContext(c)} />));
  web.get('/concepts/:id', async (c) => {
    const page = Math.min(Math.max(Number.parseInt(c.req.query('page') ?? '1', 10) || 1, 1), 1000);
    const data = await readConceptPage(deps, c.req.param('id'), page);
    const indicators = await readConceptIndicators(deps, data.concept.id);
    return renderPage(
      c,
      <ConceptPage
        ctx={viewContext(c)}
        {...data}
        aside={<ConceptIndicators ctx={viewContext(c)} series={indicators} />}
      />,
    );
  });
  return web;
}
