import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { TDeps } from '../deps.ts';
import { mountCampaignsApi } from '../domains/campaigns/campaigns.api.ts';
import { mountCommitmentsApi } from '../domains/commitments/commitments.api.ts';
import { mountCommunitiesApi } from '../domains/communities/communities.api.ts';
import { mountConnectionsApi } from '../domains/connections/connections.api.ts';
import { mountEventsApi } from '../domains/events/events.api.ts';
import { mountNewsApi } from '../domains/news/news.api.ts';
import { mountObservatoryApi } from '../domains/observatory/observatory.api.ts';
import { mountOrganizationsApi } from '../domains/organizations/organizations.api.ts';
import { mountPracticesApi } from '../domains/practices/practices.api.ts';
import { mountSearchApi } from '../domains/search/search.api.ts';
import type { TAppEnv } from '../http/app-env.ts';
import { locales } from '../i18n/locales.ts';

/**
 * The JSON API under /api/v1. Each domain adds its routes with OpenAPI metadata; the document at
 * /api/v1/openapi.json is generated from the same zod schemas that validate requests.
 */
export function createApi(deps: TDeps): OpenAPIHono<TAppEnv> {
  const api = new OpenAPIHono<TAppEnv>({ strict: false });

  const ZLanguage = z
    .object({ tag: z.string().openapi({ example: 'ar' }), name: z.string(), dir: z.enum(['ltr', 'rtl']) })
    .openapi('Language');
  const ZMeta = z
    .object({
      name: z.string(),
      version: z.string(),
      languages: z.array(ZLanguage),
      database: z.enum(['sqlite', 'postgres']),
    })
    .openapi('Meta');

  api.openapi(
    createRoute({
      method: 'get',
      path: '/meta',
      summary: 'About this hub: its interface languages and version',
      tags: ['Meta'],
      responses: {
        200: {
          description: 'Facts about this installation',
          content: { 'application/json': { schema: ZMeta } },
        },
      },
    }),
    (c) =>
      c.json(
        {
          name: 'Carehub',
          version: '0.1.0',
          languages: locales.map((l) => ({ tag: l.tag, name: l.endonym, dir: l.dir })),
          database: deps.database.dialect,
        },
        200,
      ),
  );

  mountOrganizationsApi(api, deps);
  mountCommitmentsApi(api, deps);
  mountPracticesApi(api, deps);
  mountSearchApi(api, deps);
  mountEventsApi(api, deps);
  mountNewsApi(api, deps);
  mountCampaignsApi(api, deps);
  mountObservatoryApi(api, deps);
  mountCommunitiesApi(api, deps);
  mountConnectionsApi(api, deps);

  api.doc31('/openapi.json', apiDocumentConfig(deps));
  return api;
}

/** What the OpenAPI document says about itself, for /api/v1/openapi.json and the reference page. */
export function apiDocumentConfig(deps: TDeps) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Carehub API',
      version: '1.0.0',
      description:
        'Open data of the global alliance for care: members, practices, commitments, events and more.',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
    },
    servers: [{ url: `${deps.config.publicUrl}/api/v1` }],
  };
}
