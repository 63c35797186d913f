/**
 * The home domain's door (ADR 0019): what other domains may use. Pages are mounted by compose.ts.
 */
export { forgetHomeFigures } from './home.service.ts';
