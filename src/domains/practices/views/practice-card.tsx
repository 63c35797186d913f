import { countryName, directionOf, languageName } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { shownText } from '../practice-display.ts';
import type { TPractice } from '../practice-record.ts';

/** One practice in a list: title (in its language), kind, countries, summary. */
export function PracticeCard({ ctx, practice }: { ctx: TViewContext; practice: TPractice }) {
  const { t, locale } = ctx;
  const title = shownText(practice, 'title', locale);
  const summary = shownText(practice, 'summary', locale);
  return (
    <li class="card practice-card">
      <h3 lang={title.language} dir={directionOf(title.language)}>
        <a href={ctx.href(`/practices/${encodeURIComponent(practice.slug)}`)}>{title.text}</a>
      </h3>
      <p class="meta">
        <span class="badge">{t(`practices.kind.${practice.kind}`)}</span>{' '}
        {practice.isVerified ? <span class="badge verified">{t('practices.badge.verified')}</span> : null}{' '}
        {ctx.i18n.formatList(practice.countries.map((code) => countryName(locale, code)))}
        {' · '}
        {languageName(locale, practice.language)}
      </p>
      <p lang={summary.language} dir={directionOf(summary.language)}>
        {summary.text.length > 320 ? `${summary.text.slice(0, 317)}…` : summary.text}
      </p>
    </li>
  );
}
