/**
 * "Previous · page n of m · Next" under a list: a labelled `<nav>` with the current page marked
 * (`aria-current`) and `rel="prev"`/`rel="next"` links, nothing when there is one page. Each list
 * keeps its own words (translated by the caller) and its own links (`hrefOf`, which keeps the list's
 * filters).
 */
export function Pager(props: {
  page: number;
  pages: number;
  hrefOf: (page: number) => string;
  /** The navigation's name, e.g. "Pages of results". */
  label: string;
  previous: string;
  next: string;
  /** "Page n of m", already formatted. */
  status: string;
}) {
  const { page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={props.label}>
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={props.hrefOf(page - 1)}>
              {props.previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{props.status}</li>
        {page < pages ? (
          <li>
            <a rel="next" href={props.hrefOf(page + 1)}>
              {props.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
