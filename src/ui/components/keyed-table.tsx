import type { Child } from 'hono/jsx';
import type { TViewContext } from '../view-context.ts';
import { DataTable } from './data-table.tsx';

/**
 * What a table under its own heading says, as message keys: its caption (the heading's words), its
 * column headers, and (when it may be empty) the text that stands instead of an empty table.
 */
export type TTableText = { caption: string; headers: readonly string[]; empty?: string };

/**
 * A DataTable under a heading that already names it: the caption repeats the heading for screen
 * readers only, and with no items a paragraph of the `empty` text stands in its place.
 */
export function KeyedTable<T>(props: {
  ctx: TViewContext;
  text: TTableText;
  items: readonly T[];
  row: (item: T) => Child;
}) {
  const { t } = props.ctx;
  const { caption, headers, empty } = props.text;
  if (empty && props.items.length === 0) return <p>{t(empty)}</p>;
  return (
    <DataTable
      caption={t(caption)}
      isCaptionHidden
      headers={headers.map((key) => t(key))}
      items={props.items}
      row={props.row}
    />
  );
}
