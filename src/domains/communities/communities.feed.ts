import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { communityText } from './communities.service.ts';
import { readPublicCommunity, readPublicThreads, type TPublicThread } from './communities-public.service.ts';

/**
 * /feeds/communities/{slug}.atom: a public community's 30 most recently active discussions (RFC 4287),
 * each entry in its own language and linked in the feed's language (?lang=, English by default). A
 * private community has no feed: 404, as if it did not exist.
 */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

function host(publicUrl: string): string {
  try {
    return new URL(publicUrl).host;
  } catch {
    return 'carehub';
  }
}

export function communityAtom(options: {
  title: string;
  subtitle: string;
  selfUrl: string;
  pageUrl: string;
  language: string;
  publicUrl: string;
  threadUrl: (thread: TPublicThread) => string;
  threads: readonly TPublicThread[];
  updated: string;
  formerMember: string;
}): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(options.language)}">`,
    `  <id>${escapeXml(options.selfUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${options.threads[0]?.lastPostAt ?? options.updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    '  <generator>Carehub</generator>',
  ];
  for (const thread of options.threads) {
    lines.push(
      `  <entry xml:lang="${escapeXml(thread.language)}">`,
      `    <id>tag:${host(options.publicUrl)},${thread.createdAt.slice(0, 10)}:communities/threads/${thread.id}</id>`,
      `    <title>${escapeXml(thread.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.threadUrl(thread))}"/>`,
      `    <published>${thread.createdAt}</published>`,
      `    <updated>${thread.lastPostAt}</updated>`,
      `    <author><name>${escapeXml(thread.authorName ?? options.formerMember)}</name></author>`,
      `    <category term="${escapeXml(thread.kind)}"/>`,
      `    <content type="text">${escapeXml(thread.text)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

export function communitiesFeed(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });
  routes.get('/feeds/communities/:file', async (c) => {
    const slug = /^(.+)\.atom$/.exec(c.req.param('file'))?.[1];
    const lang = c.req.query('lang') ?? 'en';
    if (!slug || !isLocale(lang)) return c.notFound();
    const community = await readPublicCommunity(deps, slug);
    const threads = await readPublicThreads(deps, community, 30);
    const { t } = translator(lang);
    const base = deps.config.publicUrl;
    const text = communityText(community, lang);
    const page = `${base}/${lang}/communities/${encodeURIComponent(community.slug)}`;
    const body = communityAtom({
      title: `${text.name} · ${t('communities.title')}`,
      subtitle: text.description.slice(0, 300),
      selfUrl: `${base}/feeds/communities/${encodeURIComponent(community.slug)}.atom${lang === 'en' ? '' : `?lang=${lang}`}`,
      pageUrl: page,
      language: lang,
      publicUrl: base,
      threadUrl: (thread) => `${page}/threads/${encodeURIComponent(thread.id)}`,
      threads,
      updated: community.updatedAt,
      formerMember: t('communities.post.formerMember'),
    });
    return c.body(body, 200, {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    });
  });
  return routes;
}
