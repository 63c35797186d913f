import type { Child } from 'hono/jsx';
import { countryName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { assetUrl } from '../../../ui/assets.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatAmount } from '../commitment-amounts.ts';
import { lightLabel, progressLabel, statusLabel } from '../commitment-vocabulary.ts';

/** Small pieces every commitments page shares: the stylesheet, lights, badges, periods, lists. */

/** The commitments stylesheet (a body-ok <link>: the layout stays shared and unchanged). */
export function CommitmentsStyles() {
  return <link rel="stylesheet" href={assetUrl('commitments.css')} />;
}

/**
 * A commitments page of its own name (`commitments.<page>.title`): the layout, the stylesheet, the
 * heading and, when the page has one, its lead (`.lead`), which `isLeadDescribing` also gives search
 * engines as the page's description.
 */
export function CommitmentsPage(props: {
  ctx: TViewContext;
  page: 'index' | 'dashboard' | 'codebook' | 'rounds' | 'cycles' | 'mine' | 'review';
  hasLead?: boolean;
  isLeadDescribing?: boolean;
  isPrivate?: boolean;
  children: Child;
}) {
  const { ctx, page } = props;
  const title = ctx.t(`commitments.${page}.title`);
  const lead = props.hasLead ? ctx.t(`commitments.${page}.lead`) : undefined;
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={props.isLeadDescribing ? lead : undefined}
      isPrivate={props.isPrivate}
    >
      <CommitmentsStyles />
      <h1>{title}</h1>
      {lead !== undefined ? <p class="lead">{lead}</p> : null}
      {props.children}
    </Layout>
  );
}

export function LightBadge({ ctx, light }: { ctx: TViewContext; light: string }) {
  return (
    <span class={`light light-${light}`} title={ctx.t(`commitments.light.${light}.hint`)}>
      {lightLabel(ctx.i18n, light)}
    </span>
  );
}

export function ProgressBadge({
  ctx,
  status,
  percent,
}: {
  ctx: TViewContext;
  status: string | null;
  percent?: number | null;
}) {
  const label = progressLabel(ctx.i18n, status);
  return (
    <span class={`badge progress-${status ?? 'not_reported'}`}>
      {percent === null || percent === undefined
        ? label
        : ctx.t('commitments.progress.withPercent', { status: label, percent })}
    </span>
  );
}

/**
 * Addresses a writer gave (evidence, other links), each a link to itself; none is vouched for
 * (`nofollow`). An empty list shows nothing.
 */
export function OutsideLinks({ urls }: { urls: readonly string[] }) {
  if (urls.length === 0) return null;
  return (
    <ul>
      {urls.map((url) => (
        <li>
          <a href={url} rel="nofollow noopener">
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ ctx, status }: { ctx: TViewContext; status: string }) {
  return <span class={`badge status-${status}`}>{statusLabel(ctx.i18n, status)}</span>;
}

/** "1 Jan 2022 – 30 Jun 2026", or a dash. */
export function periodText(ctx: TViewContext, start: string | null, end: string | null): string {
  if (!start && !end) return ctx.t('commitments.value.none');
  const format = (d: string | null) => (d ? ctx.i18n.formatDate(`${d}T12:00:00Z`) : '…');
  return ctx.t('commitments.value.period', { start: format(start), end: format(end) });
}

export function cycleText(cycle: { startsOn: string; endsOn: string }): string {
  return `${cycle.startsOn.slice(0, 4)}–${cycle.endsOn.slice(0, 4)}`;
}

export function amountText(ctx: TViewContext, amount: number | null, currency: string | null): string {
  return amount !== null && currency
    ? formatAmount(ctx.locale, amount, currency)
    : ctx.t('commitments.value.none');
}

export function conceptsText(ctx: TViewContext, ids: readonly string[]): string {
  return ids.length === 0
    ? ctx.t('commitments.value.none')
    : ctx.i18n.formatList(ids.map((id) => conceptLabel(id, ctx.locale)));
}

export function countriesText(ctx: TViewContext, codes: readonly string[]): string {
  return codes.length === 0
    ? ctx.t('commitments.value.none')
    : ctx.i18n.formatList(codes.map((c) => countryName(ctx.locale, c)));
}

/** A link to a commitment's page, its title in the reader's language when translated (`titleFor`). */
export function CommitmentTitleLink({ ctx, item }: { ctx: TViewContext; item: TTitled & { slug: string } }) {
  const title = titleFor(ctx, item);
  return (
    <a href={ctx.href(`/commitments/${encodeURIComponent(item.slug)}`)} lang={title.lang} dir="auto">
      {title.text}
    </a>
  );
}

type TTitled = { title: string; language: string; translations: { title: Record<string, string> } };

/** The title in the reader's language when someone translated it, else the original. */
export function titleFor(ctx: TViewContext, c: TTitled) {
  const translated = c.language !== ctx.locale ? c.translations.title[ctx.locale] : undefined;
  return translated
    ? { text: translated, lang: ctx.locale, isTranslated: true }
    : { text: c.title, lang: c.language, isTranslated: false };
}
