import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { isNewsCategory } from './news.schemas.ts';
import { readNewsImage } from './news.service.ts';
import { atomFeed, rssFeed, type TFeed } from './news-feed.ts';
import { readPublishedArticles } from './news-read.service.ts';

/**
 * /media/news/{id}.webp: articles' pictures.
 * /feeds/news.atom and /feeds/news.rss: the 30 newest published articles, of one category with
 * ?category=, with titles and links in the language of ?lang= (English by default).
 */
export function newsFeedRoutes(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });

  async function feedOf(url: URL): Promise<TFeed | null> {
    const lang = url.searchParams.get('lang') ?? 'en';
    const category = url.searchParams.get('category');
    if (!isLocale(lang) || (category !== null && !isNewsCategory(category))) return null;
    const { t } = translator(lang);
    const articles = await readPublishedArticles(deps, category ? { category } : {}, 30);
    const base = deps.config.publicUrl;
    return {
      title: category ? `${t('news.feedTitle')} · ${t(`news.category.${category}`)}` : t('news.feedTitle'),
      subtitle: t('news.lead'),
      selfUrl: `${base}${url.pathname}${url.search}`,
      pageUrl: `${base}/${lang}/news${category ? `/category/${category}` : ''}`,
      language: lang,
      publicUrl: base,
      articles,
      categoryLabel: (c) => t(`news.category.${c}`),
      now: deps.clock.now(),
    };
  }

  // The same feed as Atom and as RSS.
  const formats = [
    ['atom', atomFeed, 'application/atom+xml; charset=utf-8'],
    ['rss', rssFeed, 'application/rss+xml; charset=utf-8'],
  ] as const;
  for (const [extension, write, contentType] of formats) {
    routes.get(`/feeds/news.${extension}`, async (c) => {
      const feed = await feedOf(new URL(c.req.url));
      if (!feed) return c.notFound();
      return c.body(write(feed), 200, {
        'Content-Type': contentType,
        'Cache-Control': 'public, max-age=300',
      });
    });
  }

  // An article's uploaded picture (see news-image.ts). A new picture has a new address, so a published
  // article's picture may be kept by browsers and shared caches for a year; a draft's stays private.
  routes.get('/media/news/:file', async (c) => {
    const id = /^([0-9a-f-]{36})\.webp$/.exec(c.req.param('file'))?.[1];
    if (!id) return c.notFound();
    const actor = c.var.actor;
    const image = await readNewsImage(deps, actor, id);
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': 'image/webp',
      'Cache-Control': image.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  return routes;
}
