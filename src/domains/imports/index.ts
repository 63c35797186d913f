/**
 * The imports domain's door (ADR 0019): nothing other domains need yet. Pages are mounted by
 * compose.ts from imports.web.tsx; the file sweep reads which stored files imports keep.
 */
export { can } from './imports.policy.ts';
export { findReferencedImportFileKeys } from './imports.repository.ts';
