import { countryName, languageName } from '../../../i18n/names.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { formatPartialDate } from '../practice-display.ts';
import type { TOrganizationLink, TPractice } from '../practice-record.ts';
import { labelOfConcept } from '../practice-taxonomy.ts';
import { ImplementerList } from './implementer-list.tsx';

/** The structured facts of a practice as a description list: where, when, who, for whom, about what. */
export function PracticeDetails({
  ctx,
  practice: p,
  organizations,
  isSummaryShown = false,
}: {
  ctx: TViewContext;
  practice: TPractice;
  organizations: ReadonlyMap<string, TOrganizationLink>;
  /** The page's summary panel already shows the kind, countries, period and implementers. */
  isSummaryShown?: boolean;
}) {
  const { t, locale } = ctx;
  const concepts = (ids: readonly string[]) => (
    <ul class="tags">
      {ids.map((id) => (
        <li>
          <a href={ctx.href(`/concepts/${encodeURIComponent(id)}`)}>{labelOfConcept(id, locale)}</a>
        </li>
      ))}
    </ul>
  );
  /** The concepts the practice is about, a row each kind (none for a kind it has none of). */
  const conceptRows = [
    ['populations', p.populations],
    ['themes', p.themes],
    ['fiveR', p.fiveR],
    ['sdgTargets', p.sdgTargets],
  ] as const;
  const period = [
    p.startDate ? formatPartialDate(locale, p.startDate) : '',
    p.isOngoing ? t('practices.details.ongoing') : p.endDate ? formatPartialDate(locale, p.endDate) : '',
  ];
  return (
    <dl class="details">
      {isSummaryShown ? null : (
        <>
          <dt>{t('practices.details.kind')}</dt>
          <dd>{t(`practices.kind.${p.kind}`)}</dd>
        </>
      )}
      <dt>{t('practices.details.countries')}</dt>
      <dd>
        <ListText
          ctx={ctx}
          items={p.countries.map((code) => ({
            text: countryName(locale, code),
            node: <a href={ctx.href(`/practices?country=${code}`)}>{countryName(locale, code)}</a>,
          }))}
        />
      </dd>
      {p.cities.length > 0 ? (
        <>
          <dt>{t('practices.details.cities')}</dt>
          <dd>
            <ul class="plain">
              {p.cities.map((city) => (
                <li>
                  <bdi>{city.name}</bdi>
                  {city.country ? ` (${countryName(locale, city.country)})` : ''}
                  {city.lat !== undefined && city.lon !== undefined ? (
                    <>
                      {' '}
                      <a
                        href={`https://www.openstreetmap.org/?mlat=${city.lat}&mlon=${city.lon}#map=11/${city.lat}/${city.lon}`}
                        rel="noopener"
                      >
                        {t('practices.details.map')}
                      </a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {p.scope ? (
        <>
          <dt>{t('practices.details.scope')}</dt>
          <dd>{t(`practices.scope.${p.scope}`)}</dd>
        </>
      ) : null}
      {!isSummaryShown && period.some((x) => x) ? (
        <>
          <dt>{t('practices.details.period')}</dt>
          <dd>{period.filter((x) => x).join(' – ')}</dd>
        </>
      ) : null}
      {!isSummaryShown && p.implementers.length > 0 ? (
        <>
          <dt>{t('practices.details.implementers')}</dt>
          <dd>
            <ImplementerList
              ctx={ctx}
              implementers={p.implementers}
              organizations={organizations}
              isWebsiteLinked
            />
          </dd>
        </>
      ) : null}
      {conceptRows.map(([name, ids]) =>
        ids.length > 0 ? (
          <>
            <dt>{t(`practices.details.${name}`)}</dt>
            <dd>{concepts(ids)}</dd>
          </>
        ) : null,
      )}
      <dt>{t('practices.details.language')}</dt>
      <dd>{languageName(locale, p.language)}</dd>
    </dl>
  );
}
