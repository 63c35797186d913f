/**
 * The audit domain's door (ADR 0019): the audit log as the administration pages read it. Writing an
 * entry is core/audit.ts, used by every domain.
 */
export { listAuditActions, listAuditEntries } from './audit.repository.ts';
