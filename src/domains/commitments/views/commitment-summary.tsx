import { countryName } from '../../../i18n/names.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { kindLabel, levelLabel, stageLabel } from '../commitment-vocabulary.ts';
import type { TCommitmentPage } from '../commitments.service.ts';
import { amountText, conceptsText, cycleText, periodText } from './commitment-bits.tsx';

/**
 * A commitment's summary panel (ADR 0072): the organisations that make it (the lead and the co-makers
 * who confirmed, each a link), its kind, stage, level, cycle, period, amount, countries and the themes,
 * 5R and SDG targets it serves; for a commitment in one country, that country's outline.
 */
export function CommitmentSummary({ ctx, page }: { ctx: TViewContext; page: TCommitmentPage }) {
  const { t, i18n, locale } = ctx;
  const { commitment: c, cycle } = page;
  const makers = page.makers.filter((m) => m.role === 'lead' || m.status === 'confirmed');
  const facts: TSummaryFact[] = [];
  if (makers.length > 0) {
    facts.push({
      label: t('commitments.page.makers'),
      value: (
        <ListText
          ctx={ctx}
          items={makers.map((m) => ({
            text: m.name,
            node: <a href={ctx.href(`/members/${encodeURIComponent(m.slug)}`)}>{m.name}</a>,
          }))}
        />
      ),
    });
  }
  facts.push(
    { label: t('commitments.field.kind'), value: kindLabel(i18n, c.kind) },
    { label: t('commitments.field.stage'), value: stageLabel(i18n, c.stage) },
    { label: t('commitments.field.level'), value: levelLabel(i18n, c.level) },
    { label: t('commitments.field.cycle'), value: cycleText(cycle) },
    { label: t('commitments.field.period'), value: periodText(ctx, c.startDate, c.endDate) },
    { label: t('commitments.field.amount'), value: amountText(ctx, c.amount, c.currency) },
  );
  if (c.countries.length > 0) {
    facts.push({
      label: t('commitments.field.countries'),
      value: <ListText ctx={ctx} items={c.countries.map((code) => countryName(locale, code))} />,
    });
  }
  facts.push(
    { label: t('commitments.field.themes'), value: conceptsText(ctx, c.themes) },
    { label: t('commitments.field.fiveR'), value: conceptsText(ctx, c.fiveR) },
    { label: t('commitments.field.sdg'), value: conceptsText(ctx, c.sdgTargets) },
  );
  const only = c.countries.length === 1 ? (c.countries[0] ?? null) : null;
  return (
    <RecordSummary
      ctx={ctx}
      facts={facts}
      place={
        only ? { name: countryName(locale, only), country: only, latitude: null, longitude: null } : null
      }
    />
  );
}
