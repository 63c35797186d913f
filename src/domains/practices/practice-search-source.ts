import type { TCodebookList, THitDetails, TSearchSource } from '../../core/search-sources.ts';
import { shownText } from './practice-display.ts';
import { reindexAllPractices } from './practice-indexing.ts';
import { listPublishedPracticesByIds } from './practice-read.service.ts';
import type { TPractice } from './practice-record.ts';
import { conceptIdsOf, labelOfConcept, practiceSchemes } from './practice-taxonomy.ts';
import { practiceKinds } from './practice-vocabulary.ts';

/**
 * Practices in the hub's search (core/search-sources.ts, registered by compose.ts): a result shows
 * the practice's kind and countries and, in another language than the reader's, its translation;
 * the exports carry its facts; the codebook lists its kinds and taxonomy codes.
 */
function detailsOf(practice: TPractice, locale: string): THitDetails {
  const title = shownText(practice, 'title', locale);
  const summary = shownText(practice, 'summary', locale);
  return {
    ...(title.isTranslation
      ? { translation: { title: title.text, summary: summary.text, language: title.language } }
      : {}),
    badgeKeys: [`practices.kind.${practice.kind}`],
    countries: practice.countries,
    columns: {
      kind: practice.kind,
      countries: practice.countries,
      cities: practice.cities.map((c) => c.name),
      scope: practice.scope,
      start_date: practice.startDate,
      end_date: practice.endDate,
      is_ongoing: practice.isOngoing,
      implementers: practice.implementers.map((i) => `${i.role}:${i.name || i.organizationSlug}`),
      populations: practice.populations,
      themes: practice.themes,
      five_r: practice.fiveR,
      sdg_targets: practice.sdgTargets,
      is_verified: practice.isVerified,
      last_reviewed_at: practice.lastReviewedAt,
      summary: practice.summary,
    },
  };
}

export const practiceSearchSource: TSearchSource = {
  name: 'practice',
  types: { practice: { path: '/practices', labelKey: 'search.type.practice' } },
  reindex: reindexAllPractices,
  async details(deps, ids, locale) {
    const practices = await listPublishedPracticesByIds(deps, ids);
    return new Map(practices.map((p) => [p.id, detailsOf(p, locale)]));
  },
  facetLabels: { kind: (ctx, value) => ctx.t(`practices.kind.${value}`) },
  codebook: (ctx): TCodebookList[] => [
    {
      id: 'kinds',
      heading: ctx.t('search.facet.kind'),
      items: practiceKinds.map((kind) => ({ code: kind, label: ctx.t(`practices.kind.${kind}`) })),
    },
    ...practiceSchemes.map((scheme) => ({
      id: scheme,
      heading: ctx.t(`search.facet.${scheme}`),
      items: conceptIdsOf(scheme).map((id) => ({
        code: id,
        label: labelOfConcept(id, ctx.locale),
        href: `/concepts/${encodeURIComponent(id)}`,
      })),
    })),
  ],
};
