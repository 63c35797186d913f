import { unsubscribeUrl } from '../../core/mail-lists.ts';
import { parseJson } from '../../core/records.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { markdownToText } from '../../platform/markdown.ts';
import { shortened } from '../../platform/text.ts';
import type { TDigestPeriod } from './digest-periods.ts';
import { threadPath } from './views/community-bits.tsx';
import type { TNotifiedPost } from './watching.repository.ts';

/**
 * The text of community mail, in the reader's language (their account's): who wrote, where, an excerpt,
 * the link to the thread, why they get it, and how to stop it with one click (docs/adr/0054, 0055).
 */
export const excerptChars = 400;

/** User text kept apart from the sentence around it (a Polish title in an Arabic line). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * Excerpts already made, by body: a post mailed at once is quoted to everyone who watches it, and
 * turning Markdown into text is the costliest part of writing community mail (docs/benchmarks.md).
 */
const excerpts = new Map<string, string>();
const excerptMemory = 2_000;

function makeExcerpt(body: string): string {
  const text = markdownToText(body).replace(/\s+/g, ' ').trim();
  // Cut at a word, as every other excerpt of the hub (one shared helper), never inside a word or a letter.
  return shortened(text, excerptChars);
}

export function excerptOf(body: string): string {
  const known = excerpts.get(body);
  if (known !== undefined) return known;
  const excerpt = makeExcerpt(body);
  if (excerpts.size >= excerptMemory) excerpts.delete(excerpts.keys().next().value as string);
  excerpts.set(body, excerpt);
  return excerpt;
}

/**
 * The excerpts of one digest run, by post id: a run quotes each post to everyone who watches its
 * community, in batches of readers that seldom share one, so a memory of the last few thousand bodies
 * missed nearly always (docs/adr/0080). Kept for the run only, and bounded; a post edited during the run
 * is written again from what holds at send time (docs/adr/0058).
 */
export class DigestExcerpts {
  private readonly byPost = new Map<string, string>();
  constructor(private readonly limit = 100_000) {}

  of(post: { id: string; body: string }): string {
    const known = this.byPost.get(post.id);
    if (known !== undefined) return known;
    const excerpt = makeExcerpt(post.body);
    if (this.byPost.size >= this.limit) this.byPost.delete(this.byPost.keys().next().value as string);
    this.byPost.set(post.id, excerpt);
    return excerpt;
  }
}

function communityName(post: TNotifiedPost, locale: string): string {
  const translations = parseJson<Record<string, { name?: string }>>(post.communityTranslations, {});
  return translations[locale]?.name ?? post.communityName;
}

export type TReader = { id: string; email: string; name: string; locale: string };

function readerLocale(reader: TReader): TLocale {
  return isLocale(reader.locale) ? reader.locale : 'en';
}

function links(deps: Pick<TDeps, 'config' | 'secret'>, reader: TReader, list: string) {
  const locale = readerLocale(reader);
  const base = deps.config.publicUrl.replace(/\/+$/, '');
  return {
    locale,
    unsubscribe: unsubscribeUrl({ publicUrl: base, secret: deps.secret, locale, userId: reader.id, list }),
    settings: `${base}/${locale}/communities/mail`,
    thread: (post: TNotifiedPost) =>
      `${base}/${locale}${threadPath(post.communitySlug, post.threadId)}#post-${post.id}`,
  };
}

/** A mail about one new post, for someone who watches its thread or its community. */
export function composePostMail(
  deps: Pick<TDeps, 'config' | 'secret'>,
  input: { reader: TReader; post: TNotifiedPost; list: string; canReplyByMail: boolean },
) {
  const { reader, post } = input;
  const link = links(deps, reader, input.list);
  const { t } = translator(link.locale);
  const author = isolate(post.authorName ?? t('communities.mail.formerMember'));
  const thread = isolate(post.threadTitle);
  const community = isolate(communityName(post, link.locale));
  const subject = post.isOpening
    ? t('communities.mail.newThreadSubject', { community, thread })
    : t('communities.mail.replySubject', { author, thread });
  const text = t('communities.mail.postBody', {
    name: reader.name,
    author,
    thread,
    community,
    excerpt: excerptOf(post.body),
    link: link.thread(post),
    why: input.list.startsWith('thread:')
      ? t('communities.mail.whyThread')
      : t('communities.mail.whyCommunity', { community }),
    replyHint: input.canReplyByMail ? t('communities.mail.replyHint') : '',
    stop: t('mail.unsubscribe.footer', { link: link.unsubscribe }),
    settings: link.settings,
  });
  return { subject, text, unsubscribeUrl: link.unsubscribe };
}

/** A digest: the posts of one period, newest first, with how many more there were. */
export function composeDigestMail(
  deps: Pick<TDeps, 'config' | 'secret'>,
  input: {
    reader: TReader;
    period: TDigestPeriod;
    posts: TNotifiedPost[];
    total: number;
    /** A digest run's memory of excerpts (see DigestExcerpts); without it, the shared one by body. */
    excerpts?: DigestExcerpts;
  },
) {
  const { reader, period } = input;
  const link = links(deps, reader, 'digest');
  const i18n = translator(link.locale);
  const { t } = i18n;
  const lastDay = new Date(Date.parse(period.end) - 1);
  const from = i18n.formatDate(period.start, 'long', period.zone);
  const to = i18n.formatDate(lastDay, 'long', period.zone);
  const items = input.posts.map((post) =>
    t('communities.mail.digestItem', {
      author: isolate(post.authorName ?? t('communities.mail.formerMember')),
      thread: isolate(post.threadTitle),
      community: isolate(communityName(post, link.locale)),
      when: i18n.formatDateTime(post.createdAt, period.zone),
      excerpt: input.excerpts ? input.excerpts.of(post) : excerptOf(post.body),
      link: link.thread(post),
    }),
  );
  const more = input.total - input.posts.length;
  const subject = t(
    period.kind === 'daily' ? 'communities.mail.dailySubject' : 'communities.mail.weeklySubject',
    {
      count: input.total,
      date: from,
    },
  );
  const text = t('communities.mail.digestBody', {
    name: reader.name,
    from,
    to,
    items: items.join('\n\n'),
    more: more > 0 ? t('communities.mail.digestMore', { count: more }) : '',
    kind: period.kind,
    stop: t('mail.unsubscribe.footer', { link: link.unsubscribe }),
    settings: link.settings,
  });
  return { subject, text, unsubscribeUrl: link.unsubscribe };
}
