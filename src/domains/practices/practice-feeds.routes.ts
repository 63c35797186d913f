import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { escapeXml as xml } from '../../platform/xml.ts';
import { readNewestPractices } from './practice-read.service.ts';

/** /feeds/practices.atom: the newest practices. */

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

  return routes;
}
