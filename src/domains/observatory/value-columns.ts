/**
 * The columns of an indicator values download (CSV and JSON), in their order: the API writes them and
 * the codebook page (/{locale}/data/codebook) says what each holds, from this one list.
 */
export const valueCsvColumns = [
  'series',
  'area',
  'country',
  'areaName',
  'year',
  'period',
  'sex',
  'age',
  'location',
  'value',
  'category',
  'categoryLabel',
  'unit',
  'nature',
  'source',
  'footnote',
  'release',
  'isLatest',
  'citation',
] as const;
