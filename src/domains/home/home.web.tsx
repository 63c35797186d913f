import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import { readHomeContent } from './home.service.ts';
import { HomePage } from './views/home-page.tsx';

export function homeWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/', async (c) => {
    const ctx = viewContext(c);
    const content = await readHomeContent(deps, ctx.locale);
    return renderPage(c, <HomePage ctx={ctx} content={content} />);
  });
  return web;
}
