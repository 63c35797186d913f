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
                    {t('practices.eligibility.residence')}{' '}
                    <span lang={practice.language} dir={directionOf(practice.language)}>
                      {rule.places.join(' · ')}
                    </span>
                  </li>
                );
              case 'employment':
                return (
                  <li>
                    {t('practices.eligibility.employment')}{' '}
                    {ctx.i18n.formatList(
                      rule.statuses.map((s) => t(`practices.employment.${s}`)),
                      'disjunction',
                    )}
                  </li>
                );
              case 'caring_for':
                return (
                  <li>
                    {t('practices.eligibility.caringFor')}{' '}
                    {ctx.i18n.formatList(
                      rule.dependants.map((d) => t(`practices.dependant.${d}`)),
                      'disjunction',
                    )}
                  </li>
                );
              default:
                return (
                  <li>
                    <span lang={practice.language} dir={directionOf(practice.language)}>
                      {rule.text}
                    </span>
                  </li>
                );
            }
          })}
        </ul>
      ) : null}
    </section>
  );
}
