import type { ReactNode } from "react";

export type TableColumn<Row> = {
  header: string;
  /** Renders this column's cell for a row. */
  cell: (row: Row) => ReactNode;
  /** The row's header cell (th scope="row"), usually the first column. */
  isRowHeader?: boolean;
};

export type TableProps<Row> = {
  caption: string;
  /** Visually hide the caption (it is still read out). */
  isCaptionHidden?: boolean;
  columns: TableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown as a single cell when there are no rows. */
  emptyText?: string;
};

/** An accessible data table: caption required, th scope on every header, scrollable when wide. */
export function Table<Row>({ caption, isCaptionHidden, columns, rows, rowKey, emptyText = "Nothing to show." }: TableProps<Row>) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0}>
      <table className="usa-table usa-table--borderless width-full">
        <caption className={isCaptionHidden ? "usa-sr-only" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.header}>
                {column.header}
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
                    <th scope="row" key={column.header}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.header}>{column.cell(row)}</td>
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
