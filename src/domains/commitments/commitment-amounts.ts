/**
 * Amounts and percentages as people type them in their own language, and amounts as readers see them.
 *
 * Each interface language allows its own decimal mark and digit grouping: "1,234.50" in English,
 * "1 234,50" in Polish, French and Russian, "1.234,50" in Spanish, "١٬٢٣٤٫٥٠" or "1234.50" in Arabic
 * (Arabic-Indic digits are accepted everywhere). Anything else (a decimal point in Polish, groups
 * that are not three digits long, more decimals than the currency has, a minus sign) is refused with
 * a message that says what to type instead; nothing is guessed.
 */
export type TParsed<T> = { isValid: true; value: T } | { isValid: false; error: string };

type TConvention = { decimals: readonly string[]; groups: readonly string[] };

const spaces = [' ', '\u00a0', '\u202f'];
const conventions: Record<string, TConvention> = {
  en: { decimals: ['.'], groups: [','] },
  es: { decimals: [','], groups: ['.', ...spaces] },
  fr: { decimals: [','], groups: spaces },
  ru: { decimals: [','], groups: spaces },
  pl: { decimals: [','], groups: spaces },
  ar: { decimals: ['\u066b', '.'], groups: ['\u066c', ','] },
};

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function conventionOf(locale: string): TConvention {
  return conventions[locale.split('-')[0] ?? 'en'] ?? conventions.en ?? { decimals: ['.'], groups: [','] };
}

/** The number of decimals a currency has (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

let currencies: Set<string> | undefined;

/** ISO 4217 codes the runtime knows (Intl.supportedValuesOf). */
export function isKnownCurrency(code: string): boolean {
  if (!currencies) currencies = new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

/** Currencies most often pledged, first in the form's list; the rest follow alphabetically. */
export const commonCurrencies = [
  'USD',
  'EUR',
  'MXN',
  'COP',
  'PLN',
  'GBP',
  'BRL',
  'ARS',
  'OMR',
  'CHF',
] as const;

export function currencyOptions(): string[] {
  const rest = Intl.supportedValuesOf('currency').filter(
    (c) => !(commonCurrencies as readonly string[]).includes(c),
  );
  return [...commonCurrencies, ...rest];
}

const maxAmount = 1e15;

/**
 * Parses an amount typed in `locale` for `currency`. Returns the value as a number (decimal places
 * within the currency's own).
 */
export function parseAmount(input: string, locale: string, currency: string | null): TParsed<number> {
  const text = asciiDigits(input.trim());
  if (text === '') return { isValid: false, error: 'validation.required' };
  if (/^[-\u2212]/.test(text)) return { isValid: false, error: 'commitments.errors.amountNegative' };
  const { decimals, groups } = conventionOf(locale);
  const decimalMarks = [...text].filter((ch) => decimals.includes(ch));
  if (decimalMarks.length > 1) return { isValid: false, error: 'commitments.errors.amountFormat' };
  const mark = decimalMarks[0];
  const [integerPart = '', fractionPart = ''] = mark === undefined ? [text] : text.split(mark);
  if (mark !== undefined && fractionPart === '')
    return { isValid: false, error: 'commitments.errors.amountFormat' };
  if (!/^\d*$/.test(fractionPart)) return { isValid: false, error: 'commitments.errors.amountFormat' };
  let digits: string;
  if (/^\d+$/.test(integerPart)) {
    digits = integerPart;
  } else {
    const separators = new Set([...integerPart].filter((ch) => !/\d/.test(ch)));
    const [separator] = [...separators];
    if (separators.size !== 1 || separator === undefined || !groups.includes(separator)) {
      return { isValid: false, error: 'commitments.errors.amountFormat' };
    }
    const parts = integerPart.split(separator);
    const [head = '', ...tail] = parts;
    if (!/^\d{1,3}$/.test(head) || tail.length === 0 || !tail.every((p) => /^\d{3}$/.test(p))) {
      return { isValid: false, error: 'commitments.errors.amountFormat' };
    }
    digits = parts.join('');
  }
  if (digits === '') return { isValid: false, error: 'commitments.errors.amountFormat' };
  if (currency && fractionPart.length > currencyDigits(currency)) {
    return { isValid: false, error: 'commitments.errors.amountDecimals' };
  }
  const value = Number(`${digits}.${fractionPart || '0'}`);
  if (!Number.isFinite(value) || value > maxAmount)
    return { isValid: false, error: 'commitments.errors.amountTooLarge' };
  return { isValid: true, value };
}

/** A whole percentage from 0 to 100, typed with any digits, with or without a percent sign. */
export function parsePercent(input: string): TParsed<number> {
  const text = asciiDigits(input.trim()).replace(/\s*[%\u066a]$/, '');
  if (text === '') return { isValid: false, error: 'validation.required' };
  if (!/^-?\d+$/.test(text)) return { isValid: false, error: 'commitments.errors.percent' };
  const value = Number(text);
  if (value < 0 || value > 100) return { isValid: false, error: 'commitments.errors.percent' };
  return { isValid: true, value };
}

/** An amount in the reader's language and the currency's own decimals: "350 000,00 zł", "US$350,000.00". */
export function formatAmount(locale: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** How an amount is written back into a form in the user's language (no currency sign, no grouping). */
export function amountForInput(locale: string, amount: number, currency: string | null): string {
  const digits = currency ? currencyDigits(currency) : 2;
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    numberingSystem: 'latn',
  }).format(amount);
}
