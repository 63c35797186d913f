/**
 * The imports domain's door (ADR 0019). Pages are mounted by compose.ts from imports.web.tsx; the file
 * sweep reads which stored files imports keep; record pages show the documents their record came from
 * through the section compose.ts registers (ADR 0082).
 */
export { can } from './imports.policy.ts';
export { findReferencedImportFileKeys } from './imports.repository.ts';
export { renderRecordSourcesSection } from './record-sources-section.tsx';
