import type { TPractice } from './practice-record.ts';
import { stalenessOf } from './practice-vocabulary.ts';

/**
 * A published practice as open data: what the API returns and the bulk import accepts (the import
 * ignores the fields only the hub sets: url, status, flags, dates of review and publication).
 */
export function toPublicPractice(p: TPractice, publicUrl: string, now: Date) {
  return {
    slug: p.slug,
    url: `${publicUrl}/en/practices/${encodeURIComponent(p.slug)}`,
    kind: p.kind,
    language: p.language,
    title: p.title,
    summary: p.summary,
    body: p.body,
    beneficiaries: p.beneficiaries,
    translations: p.translations,
    countries: p.countries,
    cities: p.cities,
    scope: p.scope ?? null,
    startDate: p.startDate ?? null,
    endDate: p.endDate ?? null,
    isOngoing: p.isOngoing,
    implementers: p.implementers,
    populations: p.populations,
    eligibility: p.eligibility,
    themes: p.themes,
    fiveR: p.fiveR,
    sdgTargets: p.sdgTargets,
    evidence: p.evidence,
    links: p.links,
    contact: p.contact,
    isVerified: p.isVerified,
    isFeatured: p.isFeatured,
    lastReviewedAt: p.lastReviewedAt,
    staleness: stalenessOf(p.lastReviewedAt, now),
    publishedAt: p.publishedAt,
    updatedAt: p.updatedAt,
  };
}
export type TPublicPractice = ReturnType<typeof toPublicPractice>;
