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

/** The practice form as a person fills it in. */
export function practiceFormFields(overrides: TFormFields = {}): TFormFields {
  return {
    kind: 'programme',
    language: 'en',
    title: 'Day centres that give family carers a break',
    summary: 'Older people spend the day at a centre while their carers work or rest.',
    body: 'The centres open **five days a week** and offer meals, exercise and company.',
    countries: ['GB', 'IE'],
    cities: 'Leeds; GB; 53.80; -1.55',
    scope: 'local',
    startDate: '2015-03',
    isOngoing: 'on',
    implementers: 'lead; Leeds Carers Network\npartner; City council; ; https://example.org',
    populations: ['population:older_persons', 'population:unpaid_caregivers'],
    themes: ['theme:long_term_care'],
    fiveR: ['five_r:reduce'],
    sdgTargets: ['sdg_target:5_4'],
    residencePlaces: 'Leeds',
    employment: ['working', 'not_working'],
    caringFor: ['older'],
    evidence: 'evaluation; Evaluation of the first year; https://example.org/eval.pdf; 2016',
    links: 'Project site; https://example.org/day-centres',
    contactName: 'Ana',
    contactEmail: 'ana@example.org',
    ...overrides,
  };
}
