import { type TTranslator, translator } from '../../../i18n/translator.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TValueRow } from '../observatory.record.ts';
import { citationOf, formatValue, natureLabel } from '../observatory-display.ts';
import type { TFigure } from '../observatory-figures.ts';

/** Small pieces every observatory page uses: the citation, a value with its provenance, age groups. */
export function Citation({ ctx, release }: { ctx: TViewContext; release: string }) {
  return <p class="citation">{citationOf(ctx.i18n, { release })}</p>;
}

/** "aged 15 and over", "aged 25 to 44", "all ages". */
export function ageLabel(i18n: TTranslator, age: string): string {
  const over = /^Y_GE(\d+)$/.exec(age);
  if (over) return i18n.t('observatory.age.over', { age: Number(over[1]) });
  const range = /^Y(\d+)T(\d+)$/.exec(age);
  if (range) return i18n.t('observatory.age.range', { from: Number(range[1]), to: Number(range[2]) });
  return i18n.t('observatory.age.all');
}

/** A value as people read it: the number with its unit, or the category the source gives. */
export function valueText(i18n: TTranslator, row: TValueRow | null, unit: string): string {
  if (!row) return '–';
  if (row.value !== null) return formatValue(i18n, row.unit_code || unit, row.value);
  return categoryText(i18n, row) || (row.value_code ?? '–');
}

/**
 * A category value ("At least 14 weeks", "Ratified, in force") in the reader's language: the
 * `observatory.category.<code>` message when its English text is the one the source published for
 * that code (a code that means something else in another file keeps the source's words), else the
 * source's own label.
 */
export function categoryText(i18n: TTranslator, row: Pick<TValueRow, 'value_code' | 'value_label'>): string {
  const key = `observatory.category.${row.value_code ?? ''}`;
  const label = row.value_label ?? '';
  if (row.value_code && i18n.has(key) && translator('en').t(key) === label) return i18n.t(key);
  return label;
}

export function gapText(i18n: TTranslator, figure: TFigure | null, unit: string): string {
  if (!figure || figure.gap === null) return '–';
  const sign = figure.gap > 0 ? '+' : '';
  return `${sign}${formatValue(i18n, unit, figure.gap)}`;
}

/** Where a value comes from: its nature, the survey or source, and the footnote, folded. */
export function Provenance({ ctx, row }: { ctx: TViewContext; row: TValueRow | null }) {
  if (!row) return null;
  const { t, i18n } = ctx;
  const hasDetails = row.source !== '' || row.footnote !== '';
  return (
    <span class="provenance">
      <span class="nature">{natureLabel(i18n, row.nature)}</span>
      {hasDetails ? (
        <details>
          <summary>{t('observatory.value.source')}</summary>
          {row.source ? (
            <p lang="en" dir="ltr">
              {row.source}
            </p>
          ) : null}
          {row.footnote ? (
            <p lang="en" dir="ltr" class="footnote">
              {row.footnote}
            </p>
          ) : null}
        </details>
      ) : null}
    </span>
  );
}
