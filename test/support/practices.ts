import type { TDeps } from '../../src/deps.ts';
import { checkImportLines, importPractices } from '../../src/domains/practices/practice-import.service.ts';
import type { TPracticeInputRaw } from '../../src/domains/practices/practices.schemas.ts';
import type { TFormFields } from './test-app.ts';

/** Factories for practice tests: complete inputs, form fields, and published practices via the import. */

let sequence = 0;

export function practiceInput(
  overrides: Partial<TPracticeInputRaw> & { slug?: string } = {},
): TPracticeInputRaw & {
  slug: string;
} {
  sequence += 1;
  return {
    slug: overrides.slug ?? `test-practice-${sequence}-${Date.now().toString(36)}`,
    kind: 'programme',
    language: 'en',
    title: `Respite care for family carers ${sequence}`,
    summary: 'Short breaks for people who look after a relative at home.',
    body: 'Trained workers visit the home so the family carer can rest, see a doctor or go to work.',
    countries: ['GB'],
    themes: ['theme:unpaid_carer_support'],
    populations: ['population:unpaid_caregivers'],
    ...overrides,
  };
}

/** Publishes practices as an operator's import would (the same path the demo and the bench use). */
export async function publishPractices(
  deps: TDeps,
  inputs: readonly (TPracticeInputRaw & { slug?: string })[],
) {
  const { records, problems } = checkImportLines(inputs.map((i) => JSON.stringify(i)));
  if (problems.length > 0) throw new Error(`bad test practices: ${JSON.stringify(problems)}`);
  await importPractices(deps, records);
  return records.map((r) => r.input.slug);
}

/** A practice's row as stored, found by its slug. */
export function practiceRow(deps: TDeps, slug: string) {
  return deps.db.selectFrom('practices').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

/** The practice form as a person fills it in. */
export function practiceFormFields(overrides: TFormFields = {}): TFormFields {
  return {
    kind: 'programme',
    language: 'en',
    title: 'Day centres that give family carers a break',
    summary: 'Older people spend the day at a centre while their carers work or rest.',
    body: 'The centres open **five days a week** and offer meals, exercise and company.',
    countries: ['GB', 'IE'],
    cities: JSON.stringify({ name: 'Leeds', country: 'GB', latitude: 53.8, longitude: -1.55 }),
    scope: 'local',
    startDate: '2015-03',
    isOngoing: 'on',
    implementerName: ['Leeds Carers Network', 'City council'],
    implementerRole: ['lead', 'partner'],
    implementerUrl: ['', 'https://example.org'],
    populations: ['population:older_persons', 'population:unpaid_caregivers'],
    themes: ['theme:long_term_care'],
    fiveR: ['five_r:reduce'],
    sdgTargets: ['sdg_target:5_4'],
    residencePlace: ['Leeds'],
    employment: ['working', 'not_working'],
    caringFor: ['older'],
    evidenceKind: ['evaluation'],
    evidenceTitle: ['Evaluation of the first year'],
    evidenceUrl: ['https://example.org/eval.pdf'],
    evidenceYear: ['2016'],
    linkLabel: ['Project site'],
    linkUrl: ['https://example.org/day-centres'],
    contactName: 'Ana',
    contactEmail: 'ana@example.org',
    ...overrides,
  };
}

/** A small but real PDF (what the byte checks accept), under the given name. */
export function pdfFile(name = 'report.pdf'): File {
  return new File(
    ['%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'],
    name,
    {
      type: 'application/pdf',
    },
  );
}

/** A file that claims to be a PDF (name and browser type) but is an HTML page with a script. */
export function lyingPdfFile(name = 'evaluation.pdf'): File {
  return new File(['<html><script>alert(1)</script></html>'], name, { type: 'application/pdf' });
}

/** A practice input with every part PRODUCT.md §4 counts towards completeness filled in. */
export function completePracticeInput(overrides: Partial<TPracticeInputRaw> & { slug?: string } = {}) {
  return practiceInput({
    summary:
      'Neighbourhood day centres give older people company, meals and care during the day, so that the relatives who look after them can work, rest or see to their own health.',
    body: `${'The centres are open on weekdays from eight to six. Trained staff run activities, help with meals and medicines, and keep in touch with families and doctors. '.repeat(4)}`,
    startDate: '2015-03',
    isOngoing: true,
    cities: [{ name: 'Leeds', country: 'GB', lat: 53.8, lon: -1.55 }],
    scope: 'local',
    implementers: [{ role: 'lead', name: 'Leeds Carers Network' }],
    eligibility: [{ type: 'residence', places: ['Leeds'] }],
    fiveR: ['five_r:reduce'],
    evidence: [{ title: 'Evaluation of the first year', kind: 'evaluation', year: 2016 }],
    links: [{ label: 'Project site', url: 'https://example.org/day-centres' }],
    contact: { name: 'Ana', email: 'ana@example.org' },
    ...overrides,
  });
}
