import type { TImportKind, TProposedField } from '../imports.schemas.ts';
import { foldForMatch } from './source-text.ts';

/**
 * The kind of record a document describes, from words in the six languages (folded: case, accents
 * and Arabic letter variants aside). Words in the title count three times. Recommendations made
 * ("recommends", "أوصى") make a conference outcome; registration, invitation or a stated time make
 * an event; a date at the top with nothing stronger makes a news item.
 */
const SIGNALS: Record<TImportKind, readonly string[]> = {
  outcome: [
    'recommend',
    'recomend',
    'recommand',
    'рекоменд',
    'rekomend',
    'zaleca',
    'اوصي',
    'توصيات',
    'يختتم',
    'اختتم',
    'conclusions',
    'conclusiones',
    'declaration',
    'declaracion',
    'итоги',
    'wnioski',
    'deklaracj',
    'outcome',
    'resolution',
    'resolucion',
    'резолюц',
  ],
  event: [
    'register',
    'registration',
    'inscri',
    'rejestracj',
    'регистрац',
    'تسجيل',
    'invite you',
    'invitamos',
    'vous invit',
    'zapraszam',
    'приглашаем',
    'ندعوكم',
    'webinar',
    'вебинар',
    'seminar',
    'семинар',
    'seminarium',
    'séminaire',
    'seminario',
    'ندوه',
    'workshop',
    'taller',
    'atelier',
    'warsztat',
    'side event',
    'side-event',
    'agenda',
    'programme of the day',
    'programa del evento',
    'ordre du jour',
    'porządek',
    'программа мероприятия',
  ],
  news: [
    'announced',
    'anunci',
    'annonc',
    'ogłosi',
    'объяви',
    'اعلن',
    'news',
    'noticia',
    'actualit',
    'aktualno',
    'новост',
    'اخبار',
    'press release',
    'comunicado',
    'communiqué',
    'komunikat',
    'пресс-релиз',
    'highlighted',
  ],
  partnership: [
    'partnerstw',
    'partnership',
    'alianza',
    'alliance',
    'альянс',
    'партнерств',
    'partenariat',
    'شراكه',
    'تحالف',
    'coalition',
    'coalicion',
    'koalic',
    'коалиц',
    'consortium',
    'consorcio',
    'porozumieni',
  ],
  programme: [
    'programme',
    'program ',
    'programa',
    'программ',
    'برنامج',
    'project',
    'proyecto',
    'projet',
    'projekt',
    'проект',
    'مشروع',
    'initiative',
    'iniciativa',
    'инициатив',
    'inicjatyw',
    'مبادره',
  ],
  policy: [
    'policy',
    'politica publica',
    'politique',
    'государственная политик',
    'polityk',
    'سياسه وطنيه',
    'strategy',
    'estrategia',
    'strategie',
    'стратеги',
    'strategi',
    'استراتيجي',
    'national plan',
    'plan nacional',
  ],
  law: [
    ' law ',
    ' ley ',
    ' loi ',
    'закон',
    'ustaw',
    'قانون',
    'decree',
    'decreto',
    'decret',
    'указ',
    'rozporządz',
    'مرسوم',
    'legislation',
    'legislacion',
    'законодательств',
  ],
  service: [
    'service',
    'servicio',
    'услуг',
    'usług',
    'خدمه',
    'daycare',
    'guarderia',
    'creche',
    'żłob',
    'ясли',
    'حضانه',
    'helpline',
    'linea de ayuda',
    'hotline',
  ],
  research: ['study', 'estudio', 'etude', 'исследован', 'badani', 'دراسه', 'survey', 'encuesta', 'enquete'],
  evaluation: ['evaluation', 'evaluacion', 'оценк', 'ewaluacj', 'تقييم'],
  dataset: ['dataset', 'datos abiertos', 'données', 'zbiór danych', 'набор данных', 'بيانات'],
  tool: ['toolkit', 'herramienta', 'outil', 'narzędzi', 'инструмент', 'اداه'],
  guide: ['guide', 'guia', 'przewodnik', 'руководств', 'دليل', 'handbook', 'manual'],
};

/** Weights: a few words are strong by themselves. */
const WEIGHT: Partial<Record<TImportKind, number>> = { outcome: 2, event: 1.5, law: 1.5, service: 0.6 };

function countIn(folded: string, needle: string): number {
  let n = 0;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) n++;
  return n;
}

export type TKindContext = { title: string | null; hasDateAtTop: boolean; hasEventTime: boolean };

export function scoreKinds(text: string, context: TKindContext): Map<TImportKind, number> {
  const body = ` ${foldForMatch(text)} `;
  const title = ` ${foldForMatch(context.title ?? '')} `;
  const scores = new Map<TImportKind, number>();
  for (const [kind, words] of Object.entries(SIGNALS) as [TImportKind, readonly string[]][]) {
    let score = 0;
    for (const word of words) {
      const w = foldForMatch(word);
      score += Math.min(4, countIn(body, w)) + 3 * countIn(title, w);
    }
    scores.set(kind, score * (WEIGHT[kind] ?? 1));
  }
  if (context.hasEventTime) scores.set('event', (scores.get('event') ?? 0) + 3);
  if (context.hasDateAtTop) scores.set('news', (scores.get('news') ?? 0) + 3.5);
  return scores;
}

export function extractKind(text: string, context: TKindContext): TProposedField {
  const ranked = [...scoreKinds(text, context).entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const kind = best && best[1] > 0 ? best[0] : 'news';
  const margin = best && best[1] > 0 ? (best[1] - (second?.[1] ?? 0)) / best[1] : 0;
  return {
    field: 'kind',
    value: kind,
    start: -1,
    end: -1,
    confidence: Math.round((0.4 + 0.5 * margin) * 100) / 100,
    decision: 'proposed',
  };
}
