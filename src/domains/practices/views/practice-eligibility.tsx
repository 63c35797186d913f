import { directionOf } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TShownText } from '../practice-display.ts';
import type { TPractice } from '../practice-record.ts';

/** Who can benefit: the free description, then each eligibility rule in words. */
export function PracticeEligibility({
  ctx,
  practice,
  beneficiaries,
}: {
  ctx: TViewContext;
  practice: TPractice;
  beneficiaries: TShownText;
}) {
  const { t } = ctx;
  if (!beneficiaries.text && practice.eligibility.length === 0) return null;
  /** Words of the record itself, marked with the record's language. */
  const asWritten = (text: string) => (
    <span lang={practice.language} dir={directionOf(practice.language)}>
      {text}
    </span>
  );
  /** A rule met by any one of these (statuses, dependants), as "label a, b or c". */
  const anyOf = (label: string, alternatives: string[]) => (
    <li>
      {t(label)} {ctx.i18n.formatList(alternatives, 'disjunction')}
    </li>
  );
  return (
    <section aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{t('practices.eligibility.title')}</h2>
      {beneficiaries.text ? (
        <p lang={beneficiaries.language} dir={directionOf(beneficiaries.language)}>
          {beneficiaries.text}
        </p>
      ) : null}
      {practice.eligibility.length > 0 ? (
        <ul>
          {practice.eligibility.map((rule) => {
            switch (rule.type) {
              case 'residence':
                return (
                  <li>
                    {t('practices.eligibility.residence')} {asWritten(rule.places.join(' · '))}
                  </li>
                );
              case 'employment':
                return anyOf(
                  'practices.eligibility.employment',
                  rule.statuses.map((s) => t(`practices.employment.${s}`)),
                );
              case 'caring_for':
                return anyOf(
                  'practices.eligibility.caringFor',
                  rule.dependants.map((d) => t(`practices.dependant.${d}`)),
                );
              default:
                return <li>{asWritten(rule.text)}</li>;
            }
          })}
        </ul>
      ) : null}
    </section>
  );
}
