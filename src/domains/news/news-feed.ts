import { markdownToText } from '../../platform/markdown.ts';
import { escapeXml } from '../../platform/xml.ts';
import type { TNewsArticle } from './news.record.ts';

/**
 * Atom (RFC 4287) and RSS 2.0 documents for news. Entries keep their own language (xml:lang) and link
 * to the article page in the feed's interface language.
 */
export type TFeed = {
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self"). */
  selfUrl: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  language: string;
  publicUrl: string;
  articles: readonly TNewsArticle[];
  categoryLabel(category: string): string;
  now: Date;
};

function articleUrl(feed: TFeed, article: TNewsArticle): string {
  return `${feed.publicUrl}/${feed.language}/news/${encodeURIComponent(article.slug)}`;
}

function host(publicUrl: string): string {
  try {
    return new URL(publicUrl).host;
  } catch {
    return 'carehub';
  }
}

export function atomFeed(feed: TFeed): string {
  const updated = feed.articles[0]?.updatedAt ?? feed.now.toISOString();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    '  <generator>Carehub</generator>',
  ];
  for (const a of feed.articles) {
    const url = articleUrl(feed, a);
    lines.push(
      `  <entry xml:lang="${escapeXml(a.language)}">`,
      `    <id>tag:${host(feed.publicUrl)},${(a.publishedAt ?? a.createdAt).slice(0, 10)}:news/${a.id}</id>`,
      `    <title>${escapeXml(a.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${a.publishedAt ?? a.createdAt}</published>`,
      `    <updated>${a.updatedAt}</updated>`,
      `    <author><name>${escapeXml(a.organization?.name ?? feed.title)}</name></author>`,
      `    <category term="${escapeXml(a.category)}" label="${escapeXml(feed.categoryLabel(a.category))}"/>`,
      `    <summary>${escapeXml(a.summary)}</summary>`,
      `    <content type="text">${escapeXml(markdownToText(a.body))}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}

export function rssFeed(feed: TFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.pageUrl)}</link>`,
    `    <description>${escapeXml(feed.subtitle)}</description>`,
    `    <language>${escapeXml(feed.language)}</language>`,
    `    <lastBuildDate>${feed.now.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const a of feed.articles) {
    const url = articleUrl(feed, a);
    lines.push(
      '    <item>',
      `      <title>${escapeXml(a.title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="false">tag:${host(feed.publicUrl)},${(a.publishedAt ?? a.createdAt).slice(0, 10)}:news/${a.id}</guid>`,
      `      <pubDate>${new Date(a.publishedAt ?? a.createdAt).toUTCString()}</pubDate>`,
      `      <category>${escapeXml(feed.categoryLabel(a.category))}</category>`,
      `      <description>${escapeXml(a.summary)}</description>`,
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
