import type { Child } from 'hono/jsx';
import { DataTable } from './data-table.tsx';

/**
 * One column of a `ColumnTable`: its header, what a row shows in it, and how the cell is marked.
 * `class` goes on the column's cells and, unless `headerClass` says otherwise, on its header
 * (`number` right-aligns figures); a row-header column names its row (`<th scope="row">`).
 */
export type TColumn<T> = {
  header: Child;
  cell: (item: T) => Child;
  class?: string;
  /** The header's class when it differs from the cells' (`null`: none). */
  headerClass?: string | null;
  isRowHeader?: boolean;
};

/**
 * A table declared as a list of columns: the same markup as `DataTable` (`table-wrap`, an optional
 * caption, `scope="col"` headers, one row per item), each cell taken from its column.
 */
export function ColumnTable<T>(props: {
  columns: readonly TColumn<T>[];
  items: readonly T[];
  caption?: Child;
  /** The caption is for screen readers only (the section's heading already says it to the eye). */
  isCaptionHidden?: boolean;
}) {
  const { columns } = props;
  return (
    <DataTable
      headers={columns.map((column) => column.header)}
      headerClasses={columns.map(headerClassOf)}
      items={props.items}
      row={(item) => columns.map((column) => cellOf(column, item))}
      caption={props.caption}
      isCaptionHidden={props.isCaptionHidden}
    />
  );
}

function cellOf<T>(column: TColumn<T>, item: T) {
  return column.isRowHeader ? (
    <th scope="row" class={column.class}>
      {column.cell(item)}
    </th>
  ) : (
    <td class={column.class}>{column.cell(item)}</td>
  );
}

function headerClassOf<T>(column: TColumn<T>): string | undefined {
  if (column.headerClass === null) return undefined;
  return column.headerClass ?? column.class;
}

/** A column of figures: right-aligned, header and cells (`class="number"`). */
export function numberColumn<T>(header: Child, cell: (item: T) => Child): TColumn<T> {
  return { header, cell, class: 'number' };
}

/** The column that names each row (`<th scope="row">`). */
export function rowHeaderColumn<T>(header: Child, cell: (item: T) => Child): TColumn<T> {
  return { header, cell, isRowHeader: true };
}
