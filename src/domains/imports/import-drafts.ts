import type { TProposedField } from './imports.schemas.ts';

/**
 * The record a reviewed import becomes, field by field: only accepted fields are used (edited values
 * as the curator left them). One builder per kind of record; each returns the raw input that kind's
 * own service validates, so an import can never make a record its form could not.
 */
const accepted = (fields: readonly TProposedField[], name: TProposedField['field']) =>
  fields.filter((f) => f.field === name && f.decision === 'accepted');

const first = (fields: readonly TProposedField[], name: TProposedField['field']) =>
  accepted(fields, name)[0]?.value;

const SUMMARY_MAX = 1000;

function summaryOf(fields: readonly TProposedField[], text: string): string {
  const chosen =
    first(fields, 'summary') ??
    text
      .trim()
      .split('\n')
      .find((l) => l.trim().length > 40) ??
    text;
  return chosen.trim().slice(0, SUMMARY_MAX);
}

const bulletList = (values: readonly string[]) => values.map((v) => `- ${v}`).join('\n');

function conceptsOf(fields: readonly TProposedField[], scheme: string): string[] {
  return accepted(fields, 'concept')
    .map((f) => f.value)
    .filter((id) => id.startsWith(`${scheme}:`));
}

export function practiceInputOf(
  kind: string,
  language: string,
  fields: readonly TProposedField[],
  text: string,
): Record<string, unknown> {
  const goals = accepted(fields, 'goal').map((f) => f.value);
  const body = [goals.length > 0 ? bulletList(goals) : '', text.trim()].filter(Boolean).join('\n\n');
  const date = first(fields, 'date');
  return {
    kind,
    language,
    title: first(fields, 'title') ?? '',
    summary: summaryOf(fields, text),
    body: body.slice(0, 50_000),
    beneficiaries: bulletList(accepted(fields, 'beneficiary').map((f) => f.value)).slice(0, 5000),
    countries: accepted(fields, 'country').map((f) => f.value),
    cities: accepted(fields, 'city').map((f) => ({
      name: f.value,
      ...(typeof f.detail?.country === 'string' ? { country: f.detail.country } : {}),
    })),
    ...(date ? { startDate: date } : {}),
    implementers: [...accepted(fields, 'lead'), ...accepted(fields, 'partner')].map((f) => ({
      role: f.field === 'lead' ? 'lead' : 'partner',
      name: f.value,
      ...(typeof f.detail?.slug === 'string' ? { organizationSlug: f.detail.slug } : {}),
    })),
    eligibility: accepted(fields, 'eligibility').map((f) => ({ type: 'other', text: f.value })),
    populations: conceptsOf(fields, 'population'),
    themes: conceptsOf(fields, 'theme'),
    fiveR: conceptsOf(fields, 'five_r'),
    sdgTargets: conceptsOf(fields, 'sdg_target'),
  };
}

function eventTimes(fields: readonly TProposedField[]): { start: string; end: string } {
  const start = first(fields, 'eventStart');
  const date = first(fields, 'date');
  const day = (start ?? date ?? '').slice(0, 10);
  const startAt = start ?? (day.length === 10 ? `${day}T09:00` : '');
  const end =
    first(fields, 'eventEnd') ??
    (startAt ? `${startAt.slice(0, 10)}T${startAt.endsWith('T00:00') ? '23:59' : '18:00'}` : '');
  return { start: startAt, end };
}

export function eventInputOf(
  language: string,
  fields: readonly TProposedField[],
  text: string,
  eventKind: 'conference' | 'side_event' | 'webinar' | 'meeting' | 'training' = 'conference',
): Record<string, unknown> {
  const city = accepted(fields, 'city')[0];
  return {
    title: first(fields, 'title') ?? '',
    summary: summaryOf(fields, text),
    description: text.trim().slice(0, 30_000),
    language,
    kind: eventKind,
    format: 'in_person',
    timeZone: first(fields, 'timeZone') ?? 'UTC',
    ...eventTimes(fields),
    city: city?.value ?? '',
    countryCode: first(fields, 'country') ?? null,
    themes: conceptsOf(fields, 'theme'),
    organizers: accepted(fields, 'organisation')
      .map((f) => f.detail?.slug)
      .filter((s): s is string => typeof s === 'string'),
  };
}

export function outcomeInputOf(fields: readonly TProposedField[]): {
  outcome: { summary: string; axes: string[] };
  recommendations: { axis: number; verb: string; text: string }[];
} {
  const axes = accepted(fields, 'axis').map((f) => f.value.slice(0, 300));
  const recommendations = accepted(fields, 'recommendation').map((f) => ({
    axis: Math.min(Math.max(1, Number(f.detail?.axis ?? 1)), Math.max(1, axes.length)),
    verb: typeof f.detail?.verb === 'string' ? f.detail.verb : 'recommends',
    text: f.value,
  }));
  return { outcome: { summary: first(fields, 'summary') ?? '', axes }, recommendations };
}

export function newsInputOf(
  language: string,
  fields: readonly TProposedField[],
  text: string,
): Record<string, unknown> {
  return {
    title: first(fields, 'title') ?? '',
    summary: summaryOf(fields, text),
    body: text.trim().slice(0, 50_000),
    language,
    category: accepted(fields, 'organisation').length > 0 ? 'members' : 'alliance',
    organization: null,
    countryCode: first(fields, 'country') ?? null,
  };
}
