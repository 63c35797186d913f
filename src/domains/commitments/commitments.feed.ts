import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { escapeXml } from '../../platform/xml.ts';
import { kindLabel, lightLabel, progressLabel } from './commitment-vocabulary.ts';
import { commitmentFilterFrom } from './commitments.schemas.ts';
import { readPublishedList } from './commitments-read.service.ts';

/**
 * /feeds/commitments.atom: the newest published commitments (with the browse page's filters), each
 * entry linking to its page in the language asked for (?locale=pl), with its lead, kind and progress.
 */
export function commitmentsFeed(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/feeds/commitments.atom', async (c) => {
    const query = c.req.query();
    const locale = isLocale(query.locale) ? query.locale : 'en';
    const i18n = translator(locale);
    const { items } = await readPublishedList(deps, commitmentFilterFrom(query), { limit: 50, offset: 0 });
    const base = deps.config.publicUrl;
    const self = `${base}/feeds/commitments.atom${new URL(c.req.url).search}`;
    const updated = [
      '1970-01-01T00:00:00.000Z',
      ...items.flatMap((i) => [i.publishedAt ?? '', i.lastReportAt ?? '']),
    ]
      .sort()
      .at(-1);
    const entries = items.map((item) => {
      const link = `${base}/${locale}/commitments/${encodeURIComponent(item.slug)}`;
      const at =
        item.lastReportAt && item.lastReportAt > (item.publishedAt ?? '')
          ? item.lastReportAt
          : (item.publishedAt ?? item.createdAt);
      const summary = [
        item.leadName,
        kindLabel(i18n, item.kind),
        progressLabel(i18n, item.progressStatus),
        lightLabel(i18n, item.light),
      ].join(' · ');
      return [
        '  <entry>',
        `    <id>urn:carehub:commitment:${item.id}</id>`,
        `    <title xml:lang="${escapeXml(item.language)}">${escapeXml(item.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
        `    <published>${item.publishedAt ?? item.createdAt}</published>`,
        `    <updated>${at}</updated>`,
        `    <author><name>${escapeXml(item.leadName)}</name></author>`,
        `    <summary xml:lang="${locale}">${escapeXml(summary)}</summary>`,
        `    <content type="text" xml:lang="${escapeXml(item.language)}">${escapeXml(item.description)}</content>`,
        '  </entry>',
      ].join('\n');
    });
    const xml = [
      '<?xml version="1.0" encoding="utf-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
      `  <id>${escapeXml(self)}</id>`,
      `  <title>${escapeXml(i18n.t('commitments.feed.title', { site: i18n.t('common.siteName') }))}</title>`,
      `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
      `  <link rel="alternate" type="text/html" href="${base}/${locale}/commitments"/>`,
      `  <updated>${updated}</updated>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
    return c.body(xml, 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });
  return web;
}
