import type { ReactNode } from "react";
import { classNames } from "./field-a11y";

export type TableColumn<Row> = {
  header: string;
  /** Renders this column's cell for a row. */
  cell: (row: Row) => ReactNode;
  /** The row's header cell (th scope="row"), usually the first column. */
  isRowHeader?: boolean;
  /** React key for the column; defaults to the header text. */
  key?: string;
  /** Classes for this column's body cells. */
  className?: string;
  /** The header is for screen readers only (a column of actions, say). */
  isHeaderHidden?: boolean;
};

export type TableProps<Row> = {
  /** Required: says what the table is. Hide it visually with isCaptionHidden if the page says it already. */
  caption: string;
  isCaptionHidden?: boolean;
  /** The column headers are for screen readers only: rows whose first cell says what they are (a label and its value). */
  isHeaderRowHidden?: boolean;
  /** USWDS's compact variant, for a small table of figures. */
  isCompact?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown as a single cell when there are no rows. */
  emptyText?: string;
  /** data-testid on the table, for end-to-end tests that read its figures. */
  testId?: string;
};

/**
 * An accessible data table: a caption, th scope="col" on every column header and scope="row" on
 * row headers, inside a scrollable container that keyboard users can focus and scroll (a named
 * region, so the focus stop is announced).
 */
export function Table<Row>({ caption, isCaptionHidden, isHeaderRowHidden, isCompact, columns, rows, rowKey, emptyText = "Nothing to show.", testId }: TableProps<Row>) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className={classNames("usa-table", "usa-table--borderless", isCompact && "usa-table--compact", "width-full")} data-testid={testId}>
        <caption className={isCaptionHidden ? "usa-sr-only" : undefined}>{caption}</caption>
        <thead className={isHeaderRowHidden ? "usa-sr-only" : undefined}>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.key ?? column.header}>
                {column.isHeaderHidden ? <span className="usa-sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{emptyText}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th scope="row" key={column.key ?? column.header} className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key ?? column.header} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
