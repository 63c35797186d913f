import type { Child } from 'hono/jsx';

/**
 * A table of records: scrolls sideways on its own on a narrow screen (`table-wrap`), an optional
 * caption, a header cell (`scope="col"`) per column and one row per item. `row` gives an item's cells
 * (`<td>`, or a `<th scope="row">` that names the row).
 */
export function DataTable<T>(props: {
  headers: readonly Child[];
  items: readonly T[];
  row: (item: T) => Child;
  caption?: Child;
  /** The caption is for screen readers only (the page's heading already says it to the eye). */
  isCaptionHidden?: boolean;
  /** Classes besides `table-wrap` on the wrapper. */
  class?: string;
  /** A class for each header cell, in the order of `headers` (`number` right-aligns a figures column). */
  headerClasses?: readonly (string | undefined)[];
}) {
  return (
    <div class={props.class ? `table-wrap ${props.class}` : 'table-wrap'}>
      <table>
        {props.caption ? (
          <caption class={props.isCaptionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
        ) : null}
        <thead>
          <tr>
            {props.headers.map((header, i) => (
              <th scope="col" class={props.headerClasses?.[i]}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr>{props.row(item)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
