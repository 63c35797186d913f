import { Hono } from 'hono';
import { sitemapEntries } from '../core/sitemap.ts';
import type { TDeps } from '../deps.ts';
import { isLocale, localeTags } from '../i18n/locales.ts';
import { escapeXml } from '../platform/xml.ts';
import type { TAppEnv } from './app-env.ts';

/**
 * /sitemap.xml: every public page worth indexing, as the domains registered them (core/sitemap.ts).
 * A record is listed under its own language (English when the interface has none of it), a section's
 * index under every language.
 */
export function sitemapRoutes(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });
  const base = deps.config.publicUrl;
  const localeOfContent = (language: string) => (isLocale(language) ? language : 'en');

  routes.get('/sitemap.xml', async (c) => {
    const urls = (await sitemapEntries(deps)).flatMap((entry) =>
      entry.language
        ? [
            `  <url><loc>${escapeXml(`${base}/${localeOfContent(entry.language)}${entry.path}`)}</loc><lastmod>${escapeXml(entry.lastmod)}</lastmod></url>`,
          ]
        : localeTags.map(
            (locale) => `  <url><loc>${escapeXml(`${base}/${locale}${entry.path}`)}</loc></url>`,
          ),
    );
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...urls,
      '</urlset>',
      '',
    ].join('\n');
    return c.body(body, 200, {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    });
  });
  return routes;
}
