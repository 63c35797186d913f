/**
 * The campaigns domain's door (ADR 0019): what other domains may use. Pages and the API are mounted
 * by compose.ts from their own files.
 */
export { campaignSearchSource } from './campaign-indexing.ts';
export { readCampaignTeasers, type TCampaignTeaser } from './campaign-teasers.ts';
