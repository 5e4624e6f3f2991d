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

/*
 * A pinned cell takes its row's background (so the hover and header shades carry over and the
 * cells scrolling under it stay hidden) and a line on its inline-start side. Table borders do
 * not travel with a sticky cell, hence the shadow, mirrored for right to left.
 */
const PINNED_CLASSES = clx(
  "sticky end-0 bg-inherit !ps-4",
  "ltr:shadow-[inset_1px_0_0_var(--border-base)] rtl:shadow-[inset_-1px_0_0_var(--border-base)]"
)

export interface DataTableColumn<Row> {
  /** Tells the column's cells apart for React. */
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  /** Added to the body cells only; headers look alike in every column. */
  cellClassName?: string
  /**
   * Keeps the column in view at the row's inline end while the others scroll under it, so a
   * row's buttons stay within reach however wide the table grows.
   */
  pinned?: boolean
}

interface DataTableProps<Row> {
  rows: Row[]
  columns: DataTableColumn<Row>[]
  /** On every body row, so tests can count the rows and look inside one. */
  rowTestId: string
  /** Names the table's scrolling region for screen readers, in the reader's language. */
  label: string
}

/**
 * Records one to a row. On a narrow screen the table scrolls sideways inside its own region
 * instead of squeezing or widening the page; the region takes keyboard focus so the columns
 * out of sight can be scrolled to without a mouse. The region is positioned because headers
 * read only by screen readers (`sr-only`) are absolutely positioned: with no positioned
 * ancestor inside the scroller they escaped it and stretched the page to the table's width.
 */
export function DataTable<Row extends { id: string }>({
  rows,
  columns,
  rowTestId,
  label,
}: DataTableProps<Row>) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="focus-visible:shadow-borders-focus relative overflow-x-auto outline-none"
    >
      <Table>
        <Table.Header>
          <Table.Row className={ROW_CLASSES}>
            {columns.map((column) => (
              <Table.HeaderCell
                key={column.key}
                className={clx(CELL_CLASSES, column.pinned && PINNED_CLASSES)}
              >
                {column.header}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id} className={ROW_CLASSES} data-testid={rowTestId}>
              {columns.map((column) => (
                <Table.Cell
                  key={column.key}
                  className={clx(
                    CELL_CLASSES,
                    column.cellClassName,
                    column.pinned && PINNED_CLASSES
                  )}
                >
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
