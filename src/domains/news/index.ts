/**
 * The news domain's door (ADR 0019): what other domains may use. Pages and feeds are mounted by
 * compose.ts from their own files.
 */

export type { TNewsArticle } from './news.record.ts';
export { articleInputOf, createArticle, readArticle, updateArticle } from './news.service.ts';
export { newsSearchSource } from './news-indexing.ts';
export { readNewsTeasers, type TNewsTeaser } from './news-teasers.ts';
