import { countriesSorted, countryName } from '../../../i18n/names.ts';
import { stakeholderTypeLabel, stakeholderTypes } from '../../../taxonomy/organization-vocabulary.ts';
import { DataTable } from '../../../ui/components/data-table.tsx';
import { FilterSelect } from '../../../ui/components/filter-select.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { applicationStatuses, queueSorts, type TQueueFilter } from '../membership.schemas.ts';
import { StatusBadge } from './status-badge.tsx';

type TQueueItem = {
  id: string;
  reference: string;
  status: string;
  organizationName: string;
  stakeholderType: string | null;
  countries: string[];
  submittedAt: string | null;
};

type TReviewQueueProps = {
  ctx: TViewContext;
  filter: TQueueFilter;
  items: TQueueItem[];
  total: number;
  byStatus: Map<string, number>;
  page: number;
  pageCount: number;
  now: Date;
};

const ageOptions = [7, 14, 30, 90] as const;

function queueQuery(filter: TQueueFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.type) params.set('type', filter.type);
  if (filter.country) params.set('country', filter.country);
  if (filter.olderThanDays !== null) params.set('age', String(filter.olderThanDays));
  if (filter.sort !== 'oldest') params.set('sort', filter.sort);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The queue's filters with an "any" choice, in the form's order (the sort order follows them). */
function queueFilters(ctx: TViewContext, filter: TQueueFilter) {
  const { t, i18n } = ctx;
  return [
    {
      name: 'type',
      label: t('organizations.field.stakeholderType'),
      value: filter.type,
      options: stakeholderTypes.map((type) => ({ value: type, label: stakeholderTypeLabel(i18n, type) })),
    },
    {
      name: 'country',
      label: t('organizations.field.country'),
      value: filter.country,
      options: countriesSorted(ctx.locale).map((c) => ({ value: c.code, label: c.name })),
    },
    {
      name: 'age',
      label: t('membership.queue.age'),
      value: filter.olderThanDays === null ? null : String(filter.olderThanDays),
      options: ageOptions.map((days) => ({
        value: String(days),
        label: t('membership.queue.olderThan', { days }),
      })),
    },
  ];
}

/** The secretariat's queue: counts per state, filters, sorting, one row per application. */
export function ReviewQueuePage({
  ctx,
  filter,
  items,
  total,
  byStatus,
  page,
  pageCount,
  now,
}: TReviewQueueProps) {
  const { t, i18n } = ctx;
  const path = ctx.href('/admin/applications');
  const openCount =
    (byStatus.get('submitted') ?? 0) +
    (byStatus.get('under_review') ?? 0) +
    (byStatus.get('resubmitted') ?? 0);
  return (
    <Layout ctx={ctx} title={t('membership.queue.title')} isPrivate>
      <h1>{t('membership.queue.title')}</h1>
      <nav aria-label={t('membership.queue.byStatus')}>
        <ul class="chips">
          <li>
            <a href={`${path}?status=open`} aria-current={filter.status === 'open' ? 'true' : undefined}>
              {t('membership.queue.open', { count: openCount })}
            </a>
          </li>
          {applicationStatuses
            .filter((s) => s !== 'draft')
            .map((s) => (
              <li>
                <a href={`${path}?status=${s}`} aria-current={filter.status === s ? 'true' : undefined}>
                  {t('membership.queue.statusCount', {
                    status: t(`membership.status.${s}`),
                    count: byStatus.get(s) ?? 0,
                  })}
                </a>
              </li>
            ))}
          <li>
            <a href={path} aria-current={filter.status === null ? 'true' : undefined}>
              {t('membership.queue.all')}
            </a>
          </li>
        </ul>
      </nav>
      <form novalidate class="inline-form filters" method="get" action={path}>
        {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
        {queueFilters(ctx, filter).map((f) => (
          <FilterSelect id={`queue-${f.name}`} anyLabel={t('membership.queue.any')} {...f} />
        ))}
        <div class="field">
          <label for="queue-sort">{t('membership.queue.sort')}</label>
          <select id="queue-sort" name="sort">
            {queueSorts.map((sort) => (
              <option value={sort} selected={filter.sort === sort}>
                {t(`membership.queue.sortBy.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('membership.queue.apply')}</button>
      </form>
      <p role="status">{t('membership.queue.count', { count: total })}</p>
      {items.length === 0 ? (
        <p>{t('membership.queue.empty')}</p>
      ) : (
        <DataTable
          caption={t('membership.queue.title')}
          isCaptionHidden
          headers={[
            t('membership.status.reference'),
            t('membership.status.organization'),
            t('organizations.field.stakeholderType'),
            t('organizations.field.countries'),
            t('membership.status.submittedAt'),
            t('membership.queue.waiting'),
            t('membership.status.state'),
          ]}
          items={items}
          row={(item) => (
            <>
              <td>
                <a href={ctx.href(`/admin/applications/${item.id}`)}>{item.reference}</a>
              </td>
              <td dir="auto">{item.organizationName}</td>
              <td>{item.stakeholderType ? stakeholderTypeLabel(i18n, item.stakeholderType) : ''}</td>
              <td>{ctx.i18n.formatList(item.countries.map((c) => countryName(ctx.locale, c)))}</td>
              <td>{item.submittedAt ? i18n.formatDate(item.submittedAt) : ''}</td>
              <td>
                {item.submittedAt
                  ? t('membership.queue.days', {
                      count: Math.floor((now.getTime() - Date.parse(item.submittedAt)) / 86_400_000),
                    })
                  : ''}
              </td>
              <td>
                <StatusBadge ctx={ctx} status={item.status} />
              </td>
            </>
          )}
        />
      )}
      <Pager
        ctx={ctx}
        messages="organizations.directory"
        page={page}
        pages={pageCount}
        hrefOf={(n) => `${path}${queueQuery(filter, n)}`}
      />
    </Layout>
  );
}
