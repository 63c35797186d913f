import { createWriteStream } from 'node:fs';
import { conceptIdsOf } from '../src/domains/practices/practice-taxonomy.ts';
import { practiceKinds } from '../src/domains/practices/practice-vocabulary.ts';

/**
 * Writes `count` practices as JSON lines in the import's shape: six languages, ~400 words of body
 * each, drawn from care vocabulary of each language (with taxonomy terms in it, so concept tagging
 * does real work), the same every run for a given seed. For the search benchmark and for trying the
 * repository with a full database (`npm run practices:import -- FILE`).
 */
export const benchLanguages = ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const;

export const benchWords: Record<(typeof benchLanguages)[number], string[]> = {
  en: 'care carers family older people children childcare nursery disability support programme city council women men work leave parents home visits training wages community services health time policy law rights data survey respite daycare school meals transport housing network volunteers mothers fathers neighbourhood employment insurance pension allowance assessment nurse worker domestic informal protection elderly dependants hours funding evaluation results districts rural urban access quality'.split(
    ' ',
  ),
  es: 'cuidado cuidadoras familia personas mayores niñas niños guardería discapacidad apoyo programa ciudad alcaldía mujeres hombres trabajo licencia madres padres hogar visitas formación salarios comunidad servicios salud tiempo política ley derechos datos encuesta descanso escuela comidas transporte vivienda red voluntarias barrio empleo seguro pensión asignación enfermera trabajadoras domésticas informales protección dependientes horas financiación evaluación resultados rural urbano acceso calidad manzanas'.split(
    ' ',
  ),
  fr: 'soins aidants famille personnes âgées enfants crèche handicap soutien programme ville commune femmes hommes travail congé parents domicile visites formation salaires communauté services santé temps politique loi droits données enquête répit école repas transport logement réseau bénévoles mères pères quartier emploi assurance retraite allocation infirmière travailleuses domestiques informelles protection dépendance heures financement évaluation résultats rural urbain accès qualité'.split(
    ' ',
  ),
  ru: 'уход семья пожилые люди дети детский сад инвалидность поддержка программа город администрация женщины мужчины работа отпуск родители дом визиты обучение зарплата сообщество услуги здоровье время политика закон права данные опрос отдых школа питание транспорт жильё сеть волонтёры матери отцы район занятость страхование пенсия пособие медсестра работники домашние неформальные защита часы финансирование оценка результаты село город доступ качество'.split(
    ' ',
  ),
  ar: 'رعاية الأسرة كبار السن الأطفال حضانة الإعاقة دعم برنامج المدينة البلدية النساء الرجال العمل إجازة الآباء الأمهات المنزل زيارات تدريب الأجور المجتمع خدمات الصحة الوقت سياسة قانون حقوق بيانات مسح استراحة مدرسة وجبات النقل السكن شبكة متطوعون الحي التوظيف التأمين المعاش علاوة ممرضة عاملات المنازل غير الرسمي الحماية ساعات التمويل التقييم النتائج الريف الحضر الوصول الجودة المسنين'.split(
    ' ',
  ),
  pl: 'opieka opiekunowie rodzina osoby starsze dzieci żłobek niepełnosprawność wsparcie program miasto gmina kobiety mężczyźni praca urlop rodzice dom wizyty szkolenia wynagrodzenia społeczność usługi zdrowie czas polityka ustawa prawa dane badanie wytchnienie szkoła posiłki transport mieszkanie sieć wolontariusze matki ojcowie osiedle zatrudnienie ubezpieczenie emerytura zasiłek pielęgniarka pracownicy domowi nieformalni ochrona godziny finansowanie ewaluacja wyniki wieś dostęp jakość'.split(
    ' ',
  ),
};

const countries = [
  'PL',
  'CO',
  'MX',
  'ES',
  'FR',
  'GB',
  'RU',
  'OM',
  'JO',
  'EG',
  'KE',
  'IN',
  'BR',
  'AR',
  'CA',
  'JP',
];

export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Countries the relevance set's needles are about: the haystack shares them (test/search-relevance). */
export const needleCountries = [
  'JP',
  'AU',
  'ZA',
  'UY',
  'CL',
  'PE',
  'BE',
  'SN',
  'TN',
  'CH',
  'KZ',
  'BY',
  'UZ',
  'AM',
  'AE',
  'SA',
  'LB',
  'MA',
  'PS',
  'DE',
  'UA',
  'NO',
  'SE',
];

export type TGeneratedPractice = {
  slug: string;
  kind: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  countries: string[];
  themes: string[];
  populations: string[];
  startDate: string;
};

/**
 * `count` generated practices, the same every run for a given seed. `countries` replaces the default
 * list (the relevance test's haystack shares the needles' countries); `bodyParagraphs` (8) × 50 words.
 */
export function* generatePractices(
  count: number,
  options: {
    seed?: number;
    countries?: readonly string[];
    bodyParagraphs?: number;
    slugPrefix?: string;
  } = {},
): Generator<TGeneratedPractice> {
  const random = seededRandom(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const themes = conceptIdsOf('theme');
  const populations = conceptIdsOf('population');
  const places = options.countries ?? countries;
  const words = (language: keyof typeof benchWords, n: number) =>
    Array.from({ length: n }, () => pick(benchWords[language])).join(' ');
  for (let i = 0; i < count; i += 1) {
    const language = benchLanguages[i % benchLanguages.length] ?? 'en';
    const paragraphs = Array.from(
      { length: options.bodyParagraphs ?? 8 },
      () => `${words(language, 50)}.`,
    ).join('\n\n');
    yield {
      slug: `${options.slugPrefix ?? 'bench'}-${i}`,
      kind: pick(practiceKinds),
      language,
      title: words(language, 6),
      summary: `${words(language, 30)}.`,
      body: paragraphs,
      countries: [pick(places), ...(random() < 0.2 ? [pick(places)] : [])],
      themes: [pick(themes), pick(themes)],
      populations: [pick(populations)],
      startDate: String(1995 + Math.floor(random() * 30)),
    };
  }
}

export async function writeBenchPractices(file: string, count: number, seed = 7): Promise<void> {
  const out = createWriteStream(file);
  for (const record of generatePractices(count, { seed })) {
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}
