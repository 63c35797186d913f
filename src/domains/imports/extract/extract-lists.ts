import type { TFieldName, TProposedField } from '../imports.schemas.ts';
import { foldForMatch, linesOf, listMarkerOf, sentencesOf, type TLine } from './source-text.ts';

/**
 * Lists under headings: a heading's words say what its items are — goals ("Celem Partnerstwa jest:",
 * "Objetivos", "Our aims"), who can benefit ("Kto może skorzystać?", "¿Quién puede participar?"),
 * conditions ("Requisitos", "Conditions d'accès") or the axes of a conference ("محاور"). Items are
 * the bulleted or numbered lines after the heading, up to the next heading. Sentences that state a
 * condition ("the criterion is …", "kryterium … jest …") are eligibility conditions too.
 */
export type TListKind = Extract<TFieldName, 'goal' | 'beneficiary' | 'eligibility' | 'axis'>;

const HEADINGS: Record<TListKind, readonly string[]> = {
  goal: [
    'cel',
    'goal',
    'aim',
    'objective',
    'objetivo',
    'objectif',
    'but du',
    'nos buts',
    'цел',
    'задач',
    'هدف',
    'اهداف',
    'what we want',
    'what it does',
    'que hacemos',
    'ce que nous',
  ],
  beneficiary: [
    'who can benefit',
    'who is it for',
    'who can take part',
    'who can apply',
    'beneficiar',
    'beneficiaires',
    'quien puede',
    'para quien',
    'a quien',
    'qui peut',
    'pour qui',
    'publics',
    'kto moze',
    'dla kogo',
    'adresat',
    'кто может',
    'для кого',
    'получател',
    'المستفيد',
    'الفئات المستهدفه',
    'target group',
    'grupo objetivo',
    'destinatari',
  ],
  eligibility: [
    'eligib',
    'requisit',
    'requirement',
    'conditions',
    'condiciones',
    'warunk',
    'kryteri',
    'criteri',
    'услови',
    'требован',
    'شروط',
    'معايير',
    'who qualifies',
    'quien tiene derecho',
    'qui a droit',
  ],
  axis: [
    'محاور',
    'محور',
    'axes',
    'ejes',
    'osie',
    'направлени',
    'thematic areas',
    'areas tematicas',
    'bloki tematyczne',
  ],
};

const CONDITION_WORDS = [
  'kryterium',
  'warunkiem',
  'eligible',
  'must be resident',
  'must live',
  'requisito',
  'deben residir',
  'debe residir',
  'doivent résider',
  'to qualify',
  'para acceder',
  'pour bénéficier',
  'aby skorzystać',
  'conditions of access',
  'condiciones de acceso',
  'условием',
  'должны проживать',
  'يشترط',
  'شرط',
  'zameldowan',
  'empadronad',
];

export function kindOfHeading(heading: string): TListKind | null {
  const folded = foldForMatch(heading);
  for (const kind of ['beneficiary', 'eligibility', 'axis', 'goal'] as const)
    if (HEADINGS[kind].some((w) => folded.includes(foldForMatch(w)))) return kind;
  return null;
}

function isHeading(line: TLine, next: TLine | undefined): boolean {
  const t = line.text;
  if (!t || t.length > 140 || listMarkerOf(t) > 0) return false;
  if (/[:?؟]\s*$/.test(t) || /\.\.$/.test(t)) return true;
  const words = t.split(/\s+/).length;
  return words <= 8 && !/[.!,;]$/.test(t) && next !== undefined && listMarkerOf(next.text) > 0;
}

function itemText(line: TLine): { value: string; start: number; end: number } {
  const skip = listMarkerOf(line.text);
  const value = line.text
    .slice(skip)
    .replace(/[;,.\s]+$/u, '')
    .trim();
  return { value, start: line.start + skip, end: line.start + skip + value.length };
}

export function extractLists(text: string): TProposedField[] {
  const lines = linesOf(text).filter((l) => l.text.length > 0);
  const fields: TProposedField[] = [];
  let current: TListKind | null = null;
  lines.forEach((line, i) => {
    if (isHeading(line, lines[i + 1])) {
      current = kindOfHeading(line.text);
      // A heading that ends a sentence with its own list ("Celem Partnerstwa jest:") keeps its kind.
      return;
    }
    if (current === null || listMarkerOf(line.text) === 0) return;
    const item = itemText(line);
    if (item.value.length < 3) return;
    fields.push({ field: current, ...item, confidence: 0.75, decision: 'proposed' });
  });
  return fields;
}

/** "Requisito: vivir en …", "Conditions d’accès : habiter …": a condition given after its heading. */
export function extractInlineConditions(text: string): TProposedField[] {
  const found: TProposedField[] = [];
  for (const line of linesOf(text)) {
    const colon = line.text.search(/[:：]/u);
    if (colon <= 0 || colon > 40) continue;
    if (kindOfHeading(line.text.slice(0, colon)) !== 'eligibility') continue;
    const rest = line.text.slice(colon + 1);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim().replace(/[.;]$/u, '');
    if (value.length < 5) continue;
    const start = line.start + colon + 1 + lead;
    found.push({
      field: 'eligibility',
      value,
      start,
      end: start + value.length,
      confidence: 0.7,
      decision: 'proposed',
    });
  }
  return found;
}

/** Sentences that state a condition of access. */
export function extractConditions(text: string, max = 5): TProposedField[] {
  const found: TProposedField[] = [];
  for (const sentence of sentencesOf(text)) {
    if (found.length >= max) break;
    if (listMarkerOf(sentence.text) > 0 || sentence.text.length > 400) continue;
    const folded = foldForMatch(sentence.text);
    if (!CONDITION_WORDS.some((w) => folded.includes(foldForMatch(w)))) continue;
    found.push({
      field: 'eligibility',
      value: sentence.text,
      start: sentence.start,
      end: sentence.end,
      confidence: 0.5,
      decision: 'proposed',
    });
  }
  return found;
}
