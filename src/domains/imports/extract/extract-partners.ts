import type { TProposedField } from '../imports.schemas.ts';
import { linesOf } from './source-text.ts';

/**
 * Partners and their roles: list lines "Name – Partner" / "Name – Lider" (a partnership's members),
 * sentences naming the leader ("Liderem … jest X", "the lead partner is X", "X is the lead partner",
 * "liderado por X", "piloté par X", "под руководством X") and partners named in passing ("en alianza
 * con X", "in partnership with X", "en partenariat avec X", "w partnerstwie z X", "в партнерстве с X",
 * "بالشراكة مع X").
 */
const LEAD_WORDS =
  /^(?:lider|lead(?:er)?|lead partner|líder|chef de file|coordinat(?:or|eur|ion)|лидер|координатор|الشريك الرئيسي|منسق)$/iu;
const PARTNER_WORDS = /^(?:partner|partnerzy|socio|socia|partenaire|партн[её]р|شريك)$/iu;

const ROLE_LINE = /^(.{3,160}?)\s+[–—-]\s+(\p{L}[\p{L} ]{1,30})\s*$/u;

function proposal(field: 'lead' | 'partner', value: string, start: number, end: number, confidence: number) {
  return { field, value, start, end, confidence, decision: 'proposed' as const };
}

/** "Adecco Poland Sp. z o.o. – Partner", "Stowarzyszenie … – Lider". */
export function partnersFromLines(text: string): TProposedField[] {
  const fields: TProposedField[] = [];
  for (const line of linesOf(text)) {
    const m = ROLE_LINE.exec(line.text);
    if (!m) continue;
    const name = (m[1] ?? '').trim();
    const role = (m[2] ?? '').trim();
    const field = LEAD_WORDS.test(role) ? 'lead' : PARTNER_WORDS.test(role) ? 'partner' : null;
    if (!field) continue;
    fields.push(proposal(field, name, line.start, line.start + name.length, 0.85));
  }
  return fields;
}

const NAME = '([\\p{Lu}"„«“][^.;\\n]{2,160}?)';
const END = '(?=[.;\\n]|,\\s|\\s+(?:y|and|et|i|и|و)\\s+\\p{Ll}|$)';

const LEAD_SENTENCES: RegExp[] = [
  new RegExp(`Lider(?:em|ем)?[^.\\n]{0,120}?\\bjest\\s+${NAME}${END}`, 'gu'),
  new RegExp(`[Ll]ead partner(?:\\s+is|\\s+was|:)?\\s+(?:the\\s+)?${NAME}${END}`, 'gu'),
  new RegExp(`${NAME}\\s+(?:is|was|acts as)\\s+(?:the\\s+)?lead partner`, 'gu'),
  new RegExp(
    `(?:[Ll]iderad[oa]|[Cc]oordinad[oa]|[Ee]ncabezad[oa])\\s+por\\s+(?:el\\s+|la\\s+)?${NAME}${END}`,
    'gu',
  ),
  new RegExp(`(?:[Pp]iloté|[Cc]oordonné|[Pp]orté)e?\\s+par\\s+(?:le\\s+|la\\s+|l')?${NAME}${END}`, 'gu'),
  new RegExp(`[Пп]од руководством\\s+${NAME}${END}`, 'gu'),
];

const WITH_SENTENCES: RegExp[] = [
  new RegExp(`[Ee]n alianza con\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?${NAME}${END}`, 'gu'),
  new RegExp(`[Ii]n (?:partnership|alliance|cooperation) with\\s+(?:the\\s+)?${NAME}${END}`, 'gu'),
  new RegExp(`[Ee]n (?:partenariat|collaboration) avec\\s+(?:le\\s+|la\\s+|les\\s+|l')?${NAME}${END}`, 'gu'),
  new RegExp(`[Ww] (?:partnerstwie|współpracy) z\\s+${NAME}${END}`, 'gu'),
  new RegExp(`[Вв] (?:партнерстве|партнёрстве|сотрудничестве) с\\s+${NAME}${END}`, 'gu'),
  /بالشراكة مع\s+([^،.\n]{3,160})/gu,
];

function fromSentences(text: string, patterns: RegExp[], field: 'lead' | 'partner', confidence: number) {
  const fields: TProposedField[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = (m[1] ?? '').trim().replace(/[,:]$/, '');
      const start = m.index + m[0].indexOf(m[1] ?? '');
      fields.push(proposal(field, name, start, start + name.length, confidence));
    }
  }
  return fields;
}

export function extractPartners(text: string): TProposedField[] {
  const fields = [
    ...partnersFromLines(text),
    ...fromSentences(text, LEAD_SENTENCES, 'lead', 0.75),
    ...fromSentences(text, WITH_SENTENCES, 'partner', 0.6),
  ];
  const seen = new Set<string>();
  const leads = new Set(fields.filter((f) => f.field === 'lead').map((f) => f.value.toLowerCase()));
  return fields.filter((f) => {
    const key = f.value.toLowerCase();
    if (f.field === 'partner' && leads.has(key)) return false;
    if (seen.has(`${f.field}:${key}`)) return false;
    seen.add(`${f.field}:${key}`);
    return true;
  });
}
