import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import { MessagePage } from '../../ui/views/message-page.tsx';
import { readHomeFigures } from './home.service.ts';
import { HomePage } from './views/home-page.tsx';

/**
 * Sections whose issue is not done yet lead to a "coming soon" page rather than a dead link.
 * Each domain removes its path from this list when it mounts its own pages.
 */
export const comingSoonPaths = ['/communities'] as const;

export function homeWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/', async (c) => {
    const figures = await readHomeFigures(deps);
    return renderPage(c, <HomePage ctx={viewContext(c)} figures={figures} />);
  });
  for (const path of comingSoonPaths) {
    web.get(path, (c) => {
      const ctx = viewContext(c);
      return renderPage(
        c,
        <MessagePage
          ctx={ctx}
          title={ctx.t('common.comingSoon.title')}
          message={ctx.t('common.comingSoon.message')}
        />,
      );
    });
  }
  return web;
}
