import type { TFormValues } from '../../http/forms.ts';
import { filledRows } from '../../ui/components/repeatable-rows.tsx';
import { amountForInput } from './commitment-amounts.ts';
import type { TCommitment, TDeliverable, TReport } from './commitments.record.ts';
import type { TMaker } from './commitments.repository.ts';

/**
 * Between the HTML forms and the service's input shapes: form fields → the object the schema checks,
 * and a saved commitment → the fields of its edit form. Deliverables are rows of d_* fields; empty
 * rows are dropped, so field errors (d_due_2…) count the rows that were kept.
 */
function list(values: TFormValues, key: string): string[] {
  const value = values[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim());
}

function one(values: TFormValues, key: string): string {
  return list(values, key)[0] ?? '';
}

const orNull = (v: string) => (v === '' ? null : v);

/** Web addresses as rows of one field each (`part`), in row order, empty rows left out. */
function addressRows(values: TFormValues, part: string): string[] {
  return filledRows(values, [part]).map((row) => row[part] ?? '');
}

/** The commitment form's row lists (one web address a row), by the name "Add another" sends. */
export const commitmentRowLists = { practiceLinks: ['practiceLink'], eventLinks: ['eventLink'] } as const;

/** The part name of a deliverable's evidence rows in the report form. */
export const evidencePartOf = (deliverableId: string) => `evidenceLink_${deliverableId}`;

export type TDeliverableRow = { id: string; title: string; measure: string; target: string; due: string };

export function deliverableRowsOf(values: TFormValues): TDeliverableRow[] {
  const ids = list(values, 'd_id');
  const titles = list(values, 'd_title');
  const measures = list(values, 'd_measure');
  const targets = list(values, 'd_target');
  const dues = list(values, 'd_due');
  const count = Math.max(titles.length, measures.length, targets.length, dues.length);
  const rows: TDeliverableRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = {
      id: ids[i] ?? '',
      title: titles[i] ?? '',
      measure: measures[i] ?? '',
      target: targets[i] ?? '',
      due: dues[i] ?? '',
    };
    if (row.title || row.measure || row.target || row.due) rows.push(row);
  }
  return rows;
}

/** The form as the object ZCommitmentInput checks. */
export function commitmentInputFromForm(values: TFormValues): unknown {
  const trLanguage = one(values, 'trLanguage');
  return {
    leadOrganizationId: one(values, 'leadOrganizationId'),
    cycleId: one(values, 'cycleId'),
    language: one(values, 'language'),
    title: one(values, 'title'),
    description: one(values, 'description'),
    kind: orNull(one(values, 'kind')),
    stage: orNull(one(values, 'stage')),
    level: orNull(one(values, 'level')),
    countries: list(values, 'countries').filter(Boolean),
    amountText: one(values, 'amount'),
    currency: orNull(one(values, 'currency')),
    startDate: orNull(one(values, 'startDate')),
    endDate: orNull(one(values, 'endDate')),
    fiveR: list(values, 'fiveR').filter(Boolean),
    sdgTargets: list(values, 'sdgTargets').filter(Boolean),
    themes: list(values, 'themes').filter(Boolean),
    coMakerIds: list(values, 'coMakers').filter(Boolean),
    practiceLinks: addressRows(values, 'practiceLink'),
    eventLinks: addressRows(values, 'eventLink'),
    links: list(values, 'links').filter(Boolean),
    deliverables: deliverableRowsOf(values).map((d) => ({
      id: orNull(d.id),
      title: d.title,
      measure: d.measure,
      target: d.target,
      dueDate: orNull(d.due),
    })),
    translation: trLanguage
      ? { language: trLanguage, title: one(values, 'trTitle'), description: one(values, 'trDescription') }
      : null,
  };
}

/** A saved commitment as the values of its edit form, amounts written the way the reader types them. */
export function formValuesOf(
  c: TCommitment,
  deliverables: readonly TDeliverable[],
  makers: readonly TMaker[],
  locale: string,
  linkValues: readonly string[] = [],
): TFormValues {
  const [trLanguage] = Object.keys(c.translations.title);
  return {
    version: String(c.version),
    leadOrganizationId: c.leadOrganizationId,
    cycleId: c.cycleId,
    language: c.language,
    title: c.title,
    description: c.description,
    kind: c.kind ?? '',
    stage: c.stage ?? '',
    level: c.level ?? '',
    countries: c.countries,
    amount: c.amount === null ? '' : amountForInput(locale, c.amount, c.currency),
    currency: c.currency ?? '',
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    fiveR: c.fiveR,
    sdgTargets: c.sdgTargets,
    themes: c.themes,
    coMakers: makers.filter((m) => m.role === 'co_maker').map((m) => m.organizationId),
    practiceLink: c.practiceLinks,
    eventLink: c.eventLinks,
    links: [...linkValues],
    d_id: deliverables.map((d) => d.id),
    d_title: deliverables.map((d) => d.title),
    d_measure: deliverables.map((d) => d.measure),
    d_target: deliverables.map((d) => d.target),
    d_due: deliverables.map((d) => d.dueDate ?? ''),
    trLanguage: trLanguage ?? '',
    trTitle: trLanguage ? (c.translations.title[trLanguage] ?? '') : '',
    trDescription: trLanguage ? (c.translations.description[trLanguage] ?? '') : '',
  };
}

/** The report form as the object ZReportInput checks: one item per deliverable shown. */
export function reportInputFromForm(values: TFormValues, deliverableIds: readonly string[]): unknown {
  return {
    narrative: one(values, 'narrative'),
    isFinal: one(values, 'isFinal') === 'on',
    items: deliverableIds.map((id) => ({
      deliverableId: id,
      status: one(values, `status_${id}`),
      percentText: one(values, `percent_${id}`),
      narrative: one(values, `narrative_${id}`),
      evidence: addressRows(values, evidencePartOf(id)),
    })),
  };
}

/** The report form prefilled from the last report (status, percent, evidence; narratives start empty). */
export function reportFormValuesOf(
  last: TReport | undefined,
  deliverables: readonly TDeliverable[],
): TFormValues {
  const values: TFormValues = {};
  for (const d of deliverables) {
    const item = last?.items.find((i) => i.deliverableId === d.id);
    values[`status_${d.id}`] = item?.status ?? 'on_track';
    values[`percent_${d.id}`] = item ? String(item.percent) : '0';
    values[evidencePartOf(d.id)] = item ? item.evidence : [];
  }
  return values;
}
