import { firstValue, type TFormValues } from '../../http/forms.ts';
import { decodePlace, encodePlace } from '../../ui/components/place-picker.tsx';
import { filledRows } from '../../ui/components/repeatable-rows.tsx';
import type { TMemberChoice, TPractice } from './practice-record.ts';
import type { TEligibilityRule, TPracticeInputRaw } from './practices.schemas.ts';

/**
 * The practice form's fields ⇄ the practice's shape. Cities are places picked from the gazetteer, each
 * sent as one value under `cities` (ui/components/place-picker.tsx). Implementers are rows of fields, each part sent
 * under its own name in row order (`implementerName`, `implementerRole`, `implementerUrl`); a name that
 * is a member's (its name, acronym or short name) links the row to that member. Evidence (kind, title,
 * web address, year), links (label, web address) and the places of residence are rows the same way
 * (`evidenceParts`, `linkParts`, `residenceParts`); no field takes a delimiter syntax.
 * Parsing never throws: whatever the person typed goes to the schema, which says what is wrong.
 */

const listOf = (values: TFormValues, key: string): string[] => {
  const value = values[key];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter((v) => v !== '');
};

const optional = (text: string | undefined) => (text ? text : undefined);

const numberOrText = (text: string | undefined): number | string | undefined => {
  if (!text) return undefined;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : text;
};

/** The names the parts of one implementer row are sent under. */
export const implementerParts = ['implementerName', 'implementerRole', 'implementerUrl'] as const;
/**
 * The parts of one row of evidence: its kind (a select), title, web address and year, and the summary
 * that only the API sets (a hidden field, so an edit in the form keeps it).
 */
export const evidenceParts = [
  'evidenceKind',
  'evidenceTitle',
  'evidenceUrl',
  'evidenceYear',
  'evidenceSummary',
] as const;
/** The parts of one link row. */
export const linkParts = ['linkLabel', 'linkUrl'] as const;
/** One place of residence a row. */
export const residenceParts = ['residencePlace'] as const;

/** The practice form's row lists, by the name "Add another" sends (`_add`). */
export const practiceRowLists = {
  implementers: implementerParts,
  evidence: evidenceParts,
  links: linkParts,
  residencePlaces: residenceParts,
} as const;

const comparable = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();

/** The member a typed name stands for: its name, acronym or short name, in any case. */
export function memberNamed(members: readonly TMemberChoice[], name: string): TMemberChoice | undefined {
  const wanted = comparable(name);
  if (wanted === '') return undefined;
  return (
    members.find((m) => comparable(m.name) === wanted) ??
    members.find((m) => m.acronym !== null && comparable(m.acronym) === wanted) ??
    members.find((m) => m.slug === wanted)
  );
}

function implementersFromRows(values: TFormValues, members: readonly TMemberChoice[]) {
  const [names, roles, urls] = implementerParts.map((part) => {
    const value = values[part];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }) as [string[], string[], string[]];
  const rows = [];
  for (let i = 0; i < Math.max(names.length, roles.length, urls.length); i += 1) {
    const name = (names[i] ?? '').trim();
    const url = (urls[i] ?? '').trim();
    if (name === '' && url === '') continue;
    const member = memberNamed(members, name);
    rows.push({ role: (roles[i] ?? '').trim(), name, organizationSlug: member?.slug, url: optional(url) });
  }
  return rows;
}

export function practiceInputFromForm(
  values: TFormValues,
  members: readonly TMemberChoice[] = [],
): TPracticeInputRaw {
  const field = (key: string) => firstValue(values, key).trim();
  const eligibility: unknown[] = [];
  const places = filledRows(values, residenceParts).map((row) => row.residencePlace);
  if (places.length > 0) eligibility.push({ type: 'residence', places });
  const statuses = listOf(values, 'employment');
  if (statuses.length > 0) eligibility.push({ type: 'employment', statuses });
  const dependants = listOf(values, 'caringFor');
  if (dependants.length > 0) eligibility.push({ type: 'caring_for', dependants });
  const other = field('eligibilityOther');
  if (other) eligibility.push({ type: 'other', text: other });
  return {
    kind: field('kind') as TPracticeInputRaw['kind'],
    language: field('language'),
    title: field('title'),
    summary: field('summary'),
    body: field('body'),
    beneficiaries: field('beneficiaries'),
    countries: listOf(values, 'countries'),
    cities: listOf(values, 'cities')
      .map(decodePlace)
      .filter((place) => place !== null)
      .map((place) => ({
        name: place.name,
        country: place.country ?? undefined,
        lat: place.latitude ?? undefined,
        lon: place.longitude ?? undefined,
      })),
    scope: (optional(field('scope')) as TPracticeInputRaw['scope']) ?? undefined,
    startDate: optional(field('startDate')),
    endDate: optional(field('endDate')),
    isOngoing: field('isOngoing') === 'on',
    implementers: implementersFromRows(values, members) as TPracticeInputRaw['implementers'],
    populations: listOf(values, 'populations'),
    themes: listOf(values, 'themes'),
    fiveR: listOf(values, 'fiveR'),
    sdgTargets: listOf(values, 'sdgTargets'),
    eligibility: eligibility as TEligibilityRule[],
    // A row with only its kind chosen (the select always sends one) is an empty row.
    evidence: filledRows(values, evidenceParts)
      .filter((row) =>
        [row.evidenceTitle, row.evidenceUrl, row.evidenceYear, row.evidenceSummary].some(Boolean),
      )
      .map((row) => ({
        kind: row.evidenceKind || 'other',
        title: row.evidenceTitle,
        url: optional(row.evidenceUrl),
        year: numberOrText(row.evidenceYear),
        summary: optional(row.evidenceSummary),
      })) as TPracticeInputRaw['evidence'],
    links: filledRows(values, linkParts).map((row) => ({ label: row.linkLabel, url: row.linkUrl })),
    contact: {
      name: field('contactName'),
      email: field('contactEmail'),
      phone: field('contactPhone'),
      url: optional(field('contactUrl')),
      address: field('contactAddress'),
    },
  };
}

export function formValuesOfPractice(p: TPractice, members: readonly TMemberChoice[] = []): TFormValues {
  const rule = <T extends TEligibilityRule['type']>(type: T) =>
    p.eligibility.find((r): r is Extract<TEligibilityRule, { type: T }> => r.type === type);
  return {
    kind: p.kind,
    language: p.language,
    title: p.title,
    summary: p.summary,
    body: p.body,
    beneficiaries: p.beneficiaries,
    countries: p.countries,
    cities: p.cities.map((c) =>
      encodePlace({
        name: c.name,
        country: c.country ?? null,
        latitude: c.lat ?? null,
        longitude: c.lon ?? null,
      }),
    ),
    scope: p.scope ?? '',
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    isOngoing: p.isOngoing ? 'on' : '',
    implementerName: p.implementers.map(
      (i) => i.name || members.find((m) => m.slug === i.organizationSlug)?.name || (i.organizationSlug ?? ''),
    ),
    implementerRole: p.implementers.map((i) => i.role),
    implementerUrl: p.implementers.map((i) => i.url ?? ''),
    populations: p.populations,
    themes: p.themes,
    fiveR: p.fiveR,
    sdgTargets: p.sdgTargets,
    residencePlace: rule('residence')?.places ?? [],
    employment: rule('employment')?.statuses ?? [],
    caringFor: rule('caring_for')?.dependants ?? [],
    eligibilityOther: rule('other')?.text ?? '',
    evidenceKind: p.evidence.map((e) => e.kind),
    evidenceTitle: p.evidence.map((e) => e.title),
    evidenceUrl: p.evidence.map((e) => e.url ?? ''),
    evidenceYear: p.evidence.map((e) => (e.year === undefined || e.year === null ? '' : String(e.year))),
    evidenceSummary: p.evidence.map((e) => e.summary ?? ''),
    linkLabel: p.links.map((l) => l.label),
    linkUrl: p.links.map((l) => l.url),
    contactName: p.contact.name,
    contactEmail: p.contact.email ?? '',
    contactPhone: p.contact.phone,
    contactUrl: p.contact.url ?? '',
    contactAddress: p.contact.address ?? '',
    version: String(p.version),
  };
}

/** Which form field shows a schema error about a part of the practice. */
export function formFieldOf(schemaField: string): string {
  if (schemaField === 'contact') return 'contactEmail';
  if (schemaField === 'eligibility') return 'residencePlaces';
  return schemaField;
}
