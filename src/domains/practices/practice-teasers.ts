import type { TDeps } from '../../deps.ts';
import { shortened } from '../../platform/text.ts';
import { shownText, type TShownText } from './practice-display.ts';
import { listFeaturedPractices } from './practice-read.service.ts';
import type { TPractice } from './practice-record.ts';
import { listPublishedPractices } from './practices.repository.ts';

/** A published practice as a list on another page shows it: title and summary in the reader's language. */
export type TPracticeTeaser = {
  slug: string;
  title: TShownText;
  summary: TShownText;
  kind: TPractice['kind'];
  countries: string[];
  isFeatured: boolean;
  isVerified: boolean;
};

export type TPracticeTeasers = { featured: TPracticeTeaser[]; newest: TPracticeTeaser[]; published: number };

/** Summaries longer than this are cut at a word, so a list of teasers stays light. */
const summaryLength = 180;

/**
 * Featured practices (newest first) and the newest published ones not already featured, for the home
 * page, with the number of published practices.
 */
export async function readPracticeTeasers(
  deps: TDeps,
  locale: string,
  limits: { featured: number; newest: number },
): Promise<TPracticeTeasers> {
  const [featured, newest] = await Promise.all([
    listFeaturedPractices(deps, limits.featured),
    listPublishedPractices(deps.db, {
      filters: [],
      sort: 'newest',
      limit: limits.newest + limits.featured,
      offset: 0,
    }),
  ]);
  const featuredSlugs = new Set(featured.map((p) => p.slug));
  return {
    featured: featured.map((p) => teaserOf(p, locale)),
    newest: newest.items
      .filter((p) => !featuredSlugs.has(p.slug))
      .slice(0, limits.newest)
      .map((p) => teaserOf(p, locale)),
    published: newest.total,
  };
}

function teaserOf(practice: TPractice, locale: string): TPracticeTeaser {
  const summary = shownText(practice, 'summary', locale);
  return {
    slug: practice.slug,
    title: shownText(practice, 'title', locale),
    summary: { ...summary, text: shortened(summary.text, summaryLength) },
    kind: practice.kind,
    countries: practice.countries,
    isFeatured: practice.isFeatured,
    isVerified: practice.isVerified,
  };
}
