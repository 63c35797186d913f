import type { TViewContext } from '../../../ui/view-context.ts';

/** "Previous / page N / Next" for a list, keeping the list's other query parameters. */
export function Pagination({
  ctx,
  path,
  query,
  page,
  hasNext,
}: {
  ctx: TViewContext;
  path: string;
  query: Record<string, string | undefined>;
  page: number;
  hasNext: boolean;
}) {
  if (page <= 1 && !hasNext) return null;
  const { t } = ctx;
  const linkTo = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (target > 1) params.set('page', String(target));
    const search = params.toString();
    return `${ctx.href(path)}${search ? `?${search}` : ''}`;
  };
  return (
    <nav class="pagination" aria-label={t('admin.pagination.label')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={linkTo(page - 1)} rel="prev">
              {t('admin.pagination.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t('admin.pagination.page', { page })}</li>
        {hasNext ? (
          <li>
            <a href={linkTo(page + 1)} rel="next">
              {t('admin.pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
