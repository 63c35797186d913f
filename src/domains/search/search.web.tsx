import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { renderPage } from '../../ui/render.ts';
import { searchQueryFrom } from './search.schemas.ts';
import { collectForExport, searchHub } from './search.service.ts';
import { exportRow, toCsv } from './search-export.ts';
import { CodebookPage } from './views/codebook-page.tsx';
import { SearchPage } from './views/search-page.tsx';

/** The search page, exports of any search result, and the codebook that explains them. */
export function searchWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const paramsOf = (c: Context<TAppEnv>) => new URL(c.req.url).searchParams;
  const baseUrl = (c: Context<TAppEnv>) => `${deps.config.publicUrl}/${c.get('i18n').locale}`;
  const exportLimit = 5000;

  web.get('/search', async (c) => {
    const params = paramsOf(c);
    const query = searchQueryFrom(params, { pageSize: 20, maxLimit: 100 });
    const locale = c.get('i18n').locale;
    const result = await searchHub(deps, query, locale);
    return renderPage(c, <SearchPage ctx={viewContext(c)} params={params} query={query} result={result} />);
  });

  web.get('/search/export.csv', async (c) => {
    const query = searchQueryFrom(paramsOf(c), { pageSize: 100, maxLimit: 100 });
    const { items } = await collectForExport(deps, query, c.get('i18n').locale, exportLimit);
    return c.body(toCsv(items, baseUrl(c)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentHeader('carehub-search.csv'),
      'Cache-Control': 'no-store',
    });
  });

  web.get('/search/export.json', async (c) => {
    const query = searchQueryFrom(paramsOf(c), { pageSize: 100, maxLimit: 100 });
    const { items, total } = await collectForExport(deps, query, c.get('i18n').locale, exportLimit);
    const body = {
      query: { q: query.q, filters: query.filters, sort: query.sort },
      total,
      codebook: `${baseUrl(c)}/open-data/codebook`,
      items: items.map((hit) => exportRow(hit, baseUrl(c))),
    };
    return c.body(JSON.stringify(body, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachmentHeader('carehub-search.json'),
      'Cache-Control': 'no-store',
    });
  });

  web.get('/open-data/codebook', (c) => renderPage(c, <CodebookPage ctx={viewContext(c)} />));
  return web;
}
