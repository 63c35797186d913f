/**
 * The series the hub knows by name: a readable id for addresses (/data/{id}), the message keys of
 * its title in every language, what it measures in the care taxonomy, and how a qualitative series
 * yields a number for maps (the weeks or the share of pay its footnote states). A file of a series
 * not listed here still loads, under its series code and the title the file gives.
 */
export type TSeriesTopic =
  | 'time_use'
  | 'leave'
  | 'conventions'
  | 'work'
  | 'law'
  | 'early_learning'
  | 'ageing';

export type TCatalogueEntry = {
  id: string;
  seriesCode: string;
  topic: TSeriesTopic;
  /** Care taxonomy concepts the series measures (concept pages list it). */
  concepts: readonly string[];
  /** For a qualitative series: the number at the start of the footnote ("14 weeks.", "100 Percent."). */
  numberFromFootnote?: RegExp;
  /** The unit of that number, replacing the file's (which has none). */
  derivedUnit?: string;
  /** The ILO convention number, for ratification series. */
  convention?: number;
  /** The headline series of the observatory: maps and side panels show it first. */
  isKey?: boolean;
};

export const catalogue: readonly TCatalogueEntry[] = [
  {
    id: 'unpaid-care-and-domestic-work',
    seriesCode: 'S997d1fdb',
    topic: 'time_use',
    concepts: ['sdg_target:5_4', 'theme:unpaid_care_work', 'theme:time_use_data', 'theme:mens_share_of_care'],
    isKey: true,
  },
  {
    id: 'unpaid-domestic-chores',
    seriesCode: 'Sc59d1d8b',
    topic: 'time_use',
    concepts: ['sdg_target:5_4', 'theme:domestic_work', 'theme:time_use_data'],
  },
  {
    id: 'unpaid-care-work',
    seriesCode: 'S0db81b0d',
    topic: 'time_use',
    concepts: ['sdg_target:5_4', 'theme:unpaid_care_work', 'theme:time_use_data'],
  },
  {
    id: 'total-work-burden',
    seriesCode: 'Sad2e1d29',
    topic: 'time_use',
    concepts: ['sdg_target:5_4', 'theme:time_use_data', 'theme:work_life_balance'],
  },
  {
    id: 'ilo-c156-ratified',
    seriesCode: 'Sedf11ece',
    topic: 'conventions',
    concepts: ['sdg_target:8_8', 'theme:work_life_balance', 'theme:unpaid_carer_support'],
    convention: 156,
  },
  {
    id: 'ilo-c175-ratified',
    seriesCode: 'S909d1569',
    topic: 'conventions',
    concepts: ['sdg_target:8_8', 'theme:work_life_balance'],
    convention: 175,
  },
  {
    id: 'ilo-c177-ratified',
    seriesCode: 'S299b1381',
    topic: 'conventions',
    concepts: ['sdg_target:8_8', 'theme:domestic_work'],
    convention: 177,
  },
  {
    id: 'ilo-c183-ratified',
    seriesCode: 'S1dd41836',
    topic: 'conventions',
    concepts: ['sdg_target:8_8', 'theme:care_leave'],
    convention: 183,
  },
  {
    id: 'maternity-leave-weeks',
    seriesCode: 'S79580982',
    topic: 'leave',
    concepts: ['sdg_target:1_3', 'theme:care_leave', 'theme:carer_social_protection'],
    numberFromFootnote: /^\s*(\d+(?:\.\d+)?)\s+weeks\b/i,
    derivedUnit: 'WK',
  },
  {
    id: 'maternity-leave-pay',
    seriesCode: 'Sa4f411bc',
    topic: 'leave',
    concepts: ['sdg_target:1_3', 'theme:care_leave', 'theme:carer_social_protection'],
    numberFromFootnote: /^\s*(\d+(?:\.\d+)?)\s+percent\b/i,
    derivedUnit: 'PT',
  },
  {
    id: 'part-time-employment',
    seriesCode: 'Sc6bf121c',
    topic: 'work',
    concepts: ['sdg_target:8_5', 'theme:work_life_balance'],
  },
  {
    id: 'informal-employment',
    seriesCode: 'Sdf4d1b4b',
    topic: 'work',
    concepts: ['sdg_target:8_5', 'theme:care_workforce'],
  },
  {
    id: 'legal-frameworks-public-life',
    seriesCode: 'Se2c9383f',
    topic: 'law',
    concepts: ['sdg_target:5_1'],
  },
  {
    id: 'legal-frameworks-violence',
    seriesCode: 'S8adc3032',
    topic: 'law',
    concepts: ['sdg_target:5_1'],
  },
  {
    id: 'legal-frameworks-employment',
    seriesCode: 'S579a33eb',
    topic: 'law',
    concepts: ['sdg_target:5_1', 'theme:care_leave'],
  },
  {
    id: 'legal-frameworks-family',
    seriesCode: 'Sd06c2eaf',
    topic: 'law',
    concepts: ['sdg_target:5_1', 'theme:mens_share_of_care'],
  },
  {
    id: 'early-learning-participation',
    seriesCode: 'Sf1e8239d',
    topic: 'early_learning',
    concepts: ['theme:early_childhood_care'],
  },
  {
    id: 'life-expectancy-at-60',
    seriesCode: 'Sc5db0b34',
    topic: 'ageing',
    concepts: ['theme:long_term_care'],
  },
];

const bySeriesCode = new Map(catalogue.map((e) => [e.seriesCode, e]));
const byId = new Map(catalogue.map((e) => [e.id, e]));

export function catalogueEntryOfSeries(seriesCode: string): TCatalogueEntry | undefined {
  return bySeriesCode.get(seriesCode);
}

export function catalogueEntry(id: string): TCatalogueEntry | undefined {
  return byId.get(id);
}

/** The id a series gets: its catalogue id, else its series code in lower case. */
export function seriesIdOf(seriesCode: string): string {
  return bySeriesCode.get(seriesCode)?.id ?? seriesCode.toLowerCase();
}

export const topics: readonly TSeriesTopic[] = [
  'time_use',
  'leave',
  'conventions',
  'work',
  'law',
  'early_learning',
  'ageing',
];

/** The series that measure a taxonomy concept, in catalogue order. */
export function seriesOfConcept(conceptId: string): string[] {
  return catalogue.filter((e) => e.concepts.includes(conceptId)).map((e) => e.id);
}
