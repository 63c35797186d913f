import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { escapeXml } from '../../platform/xml.ts';
import { communityText } from './communities.service.ts';
import {
  readPublicCommunity,
  readPublicMeetings,
  readPublicThreads,
  type TPublicMeeting,
  type TPublicThread,
} from './communities-public.service.ts';

/**
 * /feeds/communities/{slug}.atom: a public community's 30 most recently active discussions (RFC 4287)
 * and its meetings (events of the calendar, newest first, each entry dated when it became a meeting),
 * each entry in its own language and linked in the feed's language (?lang=, English by default). A
 * private community has no feed: 404, as if it did not exist.
 */
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
  meetings?: readonly TPublicMeeting[];
  meetingUrl?: (meeting: TPublicMeeting) => string;
  /** "Meeting: Wednesday, 15 July 2026, 09:00 – 10:30 (Mexico City time)" in the feed's language. */
  meetingText?: (meeting: TPublicMeeting) => string;
  updated: string;
  formerMember: string;
}): string {
  const meetings = options.meetings ?? [];
  const latest = [options.threads[0]?.lastPostAt, ...meetings.map((m) => m.addedAt)]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(options.language)}">`,
    `  <id>${escapeXml(options.selfUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${latest ?? options.updated}</updated>`,
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
  for (const meeting of [...meetings].sort((a, b) => b.addedAt.localeCompare(a.addedAt))) {
    lines.push(
      `  <entry xml:lang="${escapeXml(meeting.language)}">`,
      `    <id>tag:${host(options.publicUrl)},${meeting.addedAt.slice(0, 10)}:communities/meetings/${meeting.id}</id>`,
      `    <title>${escapeXml(meeting.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.meetingUrl?.(meeting) ?? '')}"/>`,
      `    <published>${meeting.addedAt}</published>`,
      `    <updated>${meeting.addedAt}</updated>`,
      `    <author><name>${escapeXml(options.title)}</name></author>`,
      `    <category term="meeting"/>`,
      `    <content type="text">${escapeXml(options.meetingText?.(meeting) ?? meeting.when)}</content>`,
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
    const [threads, meetings] = await Promise.all([
      readPublicThreads(deps, community, 30),
      readPublicMeetings(deps, community, lang),
    ]);
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
      meetings: meetings.slice(-30),
      meetingUrl: (meeting) => `${base}/${lang}/events/${encodeURIComponent(meeting.slug)}`,
      meetingText: (meeting) => t('communities.feed.meeting', { when: meeting.when, zone: meeting.zone }),
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
