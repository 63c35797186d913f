/**
 * The organizations domain's door (ADR 0019): what other domains may use. Pages, feeds and jobs are mounted
 * by compose.ts from their own files.
 */
export { reindexAllOrganizations } from './organization-indexing.ts';
