import type { TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { escapeXml } from '../../platform/xml.ts';
import type { TNewsArticle } from './news.record.ts';
import { articleText } from './news-display.ts';

/**
 * The week's news as a self-contained HTML fragment for a newsletter tool: headings, summaries and
 * links, no scripts, no styles, nothing that a mail client would strip or block.
 */
export function digestHtml(
  articles: readonly TNewsArticle[],
  options: { locale: TLocale; publicUrl: string; from: string; to: string },
): string {
  const { t, formatDate } = translator(options.locale);
  const lines = [
    `<h1>${escapeXml(t('news.digest.heading', { from: formatDate(options.from, 'long'), to: formatDate(options.to, 'long') }))}</h1>`,
  ];
  if (articles.length === 0) lines.push(`<p>${escapeXml(t('news.digest.empty'))}</p>`);
  for (const article of articles) {
    const text = articleText(article, options.locale);
    const url = `${options.publicUrl}/${options.locale}/news/${encodeURIComponent(article.slug)}`;
    lines.push(
      `<h2 lang="${escapeXml(text.language)}"><a href="${escapeXml(url)}">${escapeXml(text.title)}</a></h2>`,
      `<p lang="${escapeXml(text.language)}">${escapeXml(text.summary)}</p>`,
      `<p><a href="${escapeXml(url)}">${escapeXml(t('news.digest.readMore'))}</a></p>`,
    );
  }
  return `${lines.join('\n')}\n`;
}
