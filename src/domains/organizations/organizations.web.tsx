import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError } from '../../platform/errors.ts';
import { renderPage } from '../../ui/render.ts';
import { mountChampions } from './champions.web.tsx';
import { worldMapImageSvg } from './map/world-map-image.ts';
import { mountOrganizationManagement } from './organization-manage.web.tsx';
import { locateOrganization } from './organization-place.ts';
import { directoryFilterFrom, directoryQueryString } from './organizations.schemas.ts';
import { readDirectory, readMemberCountsByCountry, readProfile } from './organizations.service.ts';
import { renderProfileSections } from './profile-sections.ts';
import { CodebookPage } from './views/codebook-page.tsx';
import { DirectoryPage } from './views/directory-page.tsx';
import { MapPage } from './views/map-page.tsx';
import { ProfilePage } from './views/profile-page.tsx';

/**
 * The public side of organisations: the member directory (/members), its map, its codebook, and
 * each member's profile (/members/{slug}).
 */
export function organizationsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  web.get('/members', async (c) => {
    const query = c.req.query();
    const filter = directoryFilterFrom(query);
    const directory = await readDirectory(deps, filter);
    if (filter.page > directory.pageCount) {
      // A page past the end (the list shrank): the last page, at its canonical address.
      const last = directoryQueryString(filter, { page: directory.pageCount });
      return c.redirect(`${viewContext(c).href('/members')}${last}`, 302);
    }
    return renderPage(c, <DirectoryPage ctx={viewContext(c)} directory={directory} />);
  });

  web.get('/members/map', async (c) => {
    const counts = await readMemberCountsByCountry(deps);
    return renderPage(c, <MapPage ctx={viewContext(c)} counts={counts} />);
  });

  // The map as a picture for pages that only show it (the home page); its address carries a version.
  web.get('/members/map.svg', async (c) => {
    const counts = await readMemberCountsByCountry(deps);
    return c.body(worldMapImageSvg(counts), 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });

  web.get('/members/codebook', (c) => renderPage(c, <CodebookPage ctx={viewContext(c)} />));

  mountChampions(web, deps);
  mountOrganizationManagement(web, deps);

  web.get('/members/:slug', async (c) => {
    const slug = c.req.param('slug');
    if (slug.length > 200) throw new AppError('not_found');
    const actor = c.var.actor;
    const view = await readProfile(deps, actor, slug);
    const ctx = viewContext(c);
    const sections = await renderProfileSections(deps, ctx, view.organization);
    const where = await locateOrganization(deps, view.organization);
    return renderPage(
      c,
      <ProfilePage
        ctx={ctx}
        view={view}
        publicUrl={deps.config.publicUrl}
        sections={sections}
        where={where}
      />,
    );
  });

  return web;
}
