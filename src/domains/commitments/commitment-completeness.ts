/**
 * What a commitment still lacks before it can be submitted: the SMART check. Each gap is a message
 * key (and values) that says what to add, so the page can list them in the writer's language.
 * Specific: a description, a kind and a stage. Measurable: every deliverable has a measure and a
 * target. Achievable and relevant: a level, countries and at least one of the 5R. Time-bound: a
 * period within the cycle and a due date for every deliverable within that period. A financing
 * commitment states its amount.
 */
export type TCompletenessGap = { key: string; values?: Record<string, string | number> };

export type TCompletenessInput = {
  description: string;
  kind: string | null;
  stage: string | null;
  level: string | null;
  countries: readonly string[];
  fiveR: readonly string[];
  startDate: string | null;
  endDate: string | null;
  amount: number | null;
  currency: string | null;
  deliverables: readonly { title: string; measure: string; target: string; dueDate: string | null }[];
};

export const minimumDescriptionLength = 80;

export function completenessGaps(c: TCompletenessInput): TCompletenessGap[] {
  const gaps: TCompletenessGap[] = [];
  if (c.description.trim().length < minimumDescriptionLength) {
    gaps.push({ key: 'commitments.missing.description', values: { count: minimumDescriptionLength } });
  }
  if (!c.kind) gaps.push({ key: 'commitments.missing.kind' });
  if (!c.stage) gaps.push({ key: 'commitments.missing.stage' });
  if (!c.level) gaps.push({ key: 'commitments.missing.level' });
  if (c.countries.length === 0) gaps.push({ key: 'commitments.missing.countries' });
  if (c.fiveR.length === 0) gaps.push({ key: 'commitments.missing.fiveR' });
  if (!c.startDate || !c.endDate) gaps.push({ key: 'commitments.missing.period' });
  if (c.kind === 'financing' && (c.amount === null || !c.currency))
    gaps.push({ key: 'commitments.missing.amount' });
  if (c.deliverables.length === 0) gaps.push({ key: 'commitments.missing.deliverables' });
  c.deliverables.forEach((d, index) => {
    const number = index + 1;
    if (!d.measure.trim()) gaps.push({ key: 'commitments.missing.measure', values: { number } });
    if (!d.target.trim()) gaps.push({ key: 'commitments.missing.target', values: { number } });
    if (!d.dueDate) gaps.push({ key: 'commitments.missing.dueDate', values: { number } });
    else if ((c.startDate && d.dueDate < c.startDate) || (c.endDate && d.dueDate > c.endDate)) {
      gaps.push({ key: 'commitments.missing.dueWithinPeriod', values: { number } });
    }
  });
  return gaps;
}
