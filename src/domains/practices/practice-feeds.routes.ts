import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale, localeTags } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { listCommunityPages } from '../communities/index.ts';
import { listEventNewsCampaignPages } from '../events/index.ts';
import { listObservatoryPages } from '../observatory/index.ts';
import { readNewestPractices, readPublishedPracticePages } from './practice-read.service.ts';

/** /feeds/practices.atom (the newest practices) and /sitemap.xml (every public page worth indexing). */
const xml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

const sitemapLimit = 45_000;

export function practiceFeedsRoutes(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });
  const base = deps.config.publicUrl;
  const localeOfContent = (language: string) => (isLocale(language) ? language : 'en');

  routes.get('/feeds/practices.atom', async (c) => {
    const items = await readNewestPractices(deps, 50);
    const { t } = translator('en');
    const updated = items[0]?.updatedAt ?? deps.clock.now().toISOString();
    const entries = items.map((p) => {
      const url = `${base}/${localeOfContent(p.language)}/practices/${encodeURIComponent(p.slug)}`;
      const lead = p.implementers.find((i) => i.role === 'lead');
      return [
        '  <entry>',
        `    <id>${xml(url)}</id>`,
        `    <title xml:lang="${xml(p.language)}">${xml(p.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
        `    <published>${xml(p.publishedAt ?? p.createdAt)}</published>`,
        `    <updated>${xml(p.updatedAt)}</updated>`,
        `    <author><name>${xml(lead?.name || t('common.siteName'))}</name></author>`,
        `    <summary xml:lang="${xml(p.language)}">${xml(p.summary)}</summary>`,
        ...[...p.themes, ...p.countries.map((code) => `country:${code.toLowerCase()}`)].map(
          (term) => `    <category term="${xml(term)}"/>`,
        ),
        '  </entry>',
      ].join('\n');
    });
    const body = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      `  <id>${xml(`${base}/feeds/practices.atom`)}</id>`,
      `  <title>${xml(t('practices.feed.title'))}</title>`,
      `  <subtitle>${xml(t('practices.feed.subtitle'))}</subtitle>`,
      `  <link rel="self" type="application/atom+xml" href="${xml(`${base}/feeds/practices.atom`)}"/>`,
      `  <link rel="alternate" type="text/html" href="${xml(`${base}/en/practices`)}"/>`,
      `  <updated>${xml(updated)}</updated>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    return c.body(body, 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });

  routes.get('/sitemap.xml', async (c) => {
    const practices = await readPublishedPracticePages(deps, sitemapLimit);
    const pages = ['/', '/practices', '/search', '/open-data/codebook'];
    const urls = [
      ...localeTags.flatMap((locale) =>
        pages.map((path) => `  <url><loc>${xml(`${base}/${locale}${path}`)}</loc></url>`),
      ),
      ...practices.map(
        (p) =>
          `  <url><loc>${xml(`${base}/${localeOfContent(p.language)}/practices/${encodeURIComponent(p.slug)}`)}</loc><lastmod>${xml(p.updatedAt.slice(0, 10))}</lastmod></url>`,
      ),
      // Events, news, campaigns, the observatory and communities: section pages in every language, records in their own language.
      ...[
        ...(await listEventNewsCampaignPages(deps.db)),
        ...(await listObservatoryPages(deps)),
        ...(await listCommunityPages(deps)),
      ].flatMap((entry) =>
        entry.language
          ? [
              `  <url><loc>${xml(`${base}/${localeOfContent(entry.language)}${entry.path}`)}</loc><lastmod>${xml(entry.lastmod)}</lastmod></url>`,
            ]
          : localeTags.map((locale) => `  <url><loc>${xml(`${base}/${locale}${entry.path}`)}</loc></url>`),
      ),
    ];
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
