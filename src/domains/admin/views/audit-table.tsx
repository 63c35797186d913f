import { ColumnTable, type TColumn } from '../../../ui/components/column-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { roleLabel } from '../../accounts/index.ts';
import type { TAuditView } from '../admin.service.ts';
import { DateTimeText } from './admin-page.tsx';

/** Audit entries as a table: when (in the reader's language), who, what, about what, details. */
export function AuditTable({ ctx, entries }: { ctx: TViewContext; entries: readonly TAuditView[] }) {
  if (entries.length === 0) return <p>{ctx.t('admin.audit.empty')}</p>;
  return <ColumnTable items={entries} columns={auditColumns(ctx)} />;
}

function auditColumns(ctx: TViewContext): TColumn<TAuditView>[] {
  const { t } = ctx;
  return [
    {
      header: t('admin.audit.at'),
      cell: (entry) => <DateTimeText ctx={ctx} at={entry.at} />,
    },
    {
      header: t('admin.audit.actor'),
      cell: (entry) =>
        entry.actorId ? (
          <a href={ctx.href(`/admin/people/${entry.actorId}`)}>{entry.actorName ?? entry.actorId}</a>
        ) : (
          t('admin.audit.system')
        ),
    },
    { header: t('admin.audit.actionHeader'), cell: (entry) => auditActionLabel(ctx, entry.action) },
    { header: t('admin.audit.subject'), cell: (entry) => <AuditSubject ctx={ctx} entry={entry} /> },
    { header: t('admin.audit.details'), cell: (entry) => <AuditDetails ctx={ctx} details={entry.details} /> },
  ];
}

function AuditSubject({ ctx, entry }: { ctx: TViewContext; entry: TAuditView }) {
  if (entry.subjectType === 'user' && entry.subjectId)
    return <a href={ctx.href(`/admin/people/${entry.subjectId}`)}>{entry.subjectName ?? entry.subjectId}</a>;
  return <code dir="ltr">{[entry.subjectType, entry.subjectId].filter(Boolean).join(' ')}</code>;
}

/**
 * The translated name of an action when there is one ("Role given", "Application accepted"), else
 * its code. The label is `admin.audit.action.<action>` in admin.json or, for an action
 * "<domain>.<verb>", `<domain>.audit.<verb>` in the domain's own message file.
 */
export function auditActionLabel(ctx: TViewContext, action: string): string {
  const key = auditActionKey(ctx.i18n, action);
  return key ? ctx.t(key) : action;
}

/** The message key that names an audit action: admin's list first, then the domain's own. */
export function auditActionKey(i18n: { has(key: string): boolean }, action: string): string | undefined {
  const dot = action.indexOf('.');
  const keys = [`admin.audit.action.${action}`];
  if (dot > 0) keys.push(`${action.slice(0, dot)}.audit.${action.slice(dot + 1)}`);
  return keys.find((k) => i18n.has(k));
}

function AuditDetails({ ctx, details }: { ctx: TViewContext; details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul class="plain">
      {entries.map(([key, value]) => (
        <li>
          <code dir="ltr">{key}</code> <span>{detailValue(ctx, key, value)}</span>
        </li>
      ))}
    </ul>
  );
}

function detailValue(ctx: TViewContext, key: string, value: unknown): string {
  if (key === 'role' && typeof value === 'string') return roleLabel(ctx, value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
