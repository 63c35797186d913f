import { withParam } from '../../core/listing.ts';
import type { TViewContext } from '../view-context.ts';

/**
 * "Previous · page n of m · Next" under a list: a labelled `<nav>` with the current page marked
 * (`aria-current`) and `rel="prev"`/`rel="next"` links, nothing when there is one page. Each list
 * keeps its own words under its own prefix — `<messages>.pages` (the navigation's name),
 * `.previous`, `.next` and `.pageOf` (`{page}` of `{pages}`) — and its own links (`hrefOf`, which
 * keeps the list's filters), or the list's query `params` with its `page` changed.
 */
export function Pager(
  props: {
    ctx: TViewContext;
    /** The prefix of the list's pager messages, e.g. `search` or `practices.index`. */
    messages: string;
    page: number;
    pages: number;
  } & ({ hrefOf: (page: number) => string } | { params: URLSearchParams }),
) {
  const { page, pages, messages } = props;
  const hrefOf = 'hrefOf' in props ? props.hrefOf : (n: number) => withParam(props.params, 'page', String(n));
  const { t } = props.ctx;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t(`${messages}.pages`)}>
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={hrefOf(page - 1)}>
              {t(`${messages}.previous`)}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{t(`${messages}.pageOf`, { page, pages })}</li>
        {page < pages ? (
          <li>
            <a rel="next" href={hrefOf(page + 1)}>
              {t(`${messages}.next`)}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
