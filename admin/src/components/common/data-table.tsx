import { Table, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/*
 * @medusajs/ui pads table cells with physical left/right and aligns headers left, which puts
 * the gaps on the wrong side in Persian. These classes replace them with logical ones: each
 * cell keeps a gap at its inline end, and the row indents its first and last cells.
 */
const ROW_CLASSES = clx(
  "[&_td:first-child]:p-0 [&_th:first-child]:p-0 [&_td:last-child]:p-0 [&_th:last-child]:p-0",
  "[&_td:first-child]:ps-6 [&_th:first-child]:ps-6 [&_td:first-child]:pe-6 [&_th:first-child]:pe-6",
  "[&_td:last-child]:pe-6 [&_th:last-child]:pe-6"
)
const CELL_CLASSES = "px-0 pe-6 text-start whitespace-nowrap"

export interface DataTableColumn<Row> {
  /** Tells the column's cells apart for React. */
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  /** Added to the body cells only; headers look alike in every column. */
  cellClassName?: string
}

interface DataTableProps<Row> {
  rows: Row[]
  columns: DataTableColumn<Row>[]
  /** On every body row, so tests can count the rows and look inside one. */
  rowTestId: string
}

/** Records one to a row; on a narrow screen the table scrolls sideways instead of squeezing. */
export function DataTable<Row extends { id: string }>({
  rows,
  columns,
  rowTestId,
}: DataTableProps<Row>) {
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row className={ROW_CLASSES}>
            {columns.map((column) => (
              <Table.HeaderCell key={column.key} className={CELL_CLASSES}>
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id} className={ROW_CLASSES} data-testid={rowTestId}>
              {columns.map((column) => (
                <Table.Cell key={column.key} className={clx(CELL_CLASSES, column.cellClassName)}>
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
