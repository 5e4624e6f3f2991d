import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { DataTable, type DataTableColumn } from "./data-table"

type Producer = { id: string; name: string }

const producers: Producer[] = [
  { id: "prdcr_1", name: "Ayşe Yılmaz" },
  { id: "prdcr_2", name: "Fatma Demir" },
]

const columns: DataTableColumn<Producer>[] = [
  { key: "name", header: "Ad", cell: (producer) => producer.name },
  {
    key: "action",
    header: "İşlem",
    cell: (producer) => <button type="button">{`${producer.name} askıya al`}</button>,
    pinned: true,
  },
]

describe("DataTable", () => {
  it("scrolls inside a named region that a keyboard can reach, not across the page", () => {
    render(
      <DataTable rows={producers} columns={columns} rowTestId="producer-row" label="Üreticiler" />
    )

    const region = screen.getByRole("region", { name: "Üreticiler" })
    expect(region.tabIndex).toBe(0)
    expect(region.className).toContain("overflow-x-auto")
    // Contains the absolutely positioned sr-only headers, which otherwise widen the page.
    expect(region.className).toMatch(/(^| )relative( |$)/)
    expect(within(region).getByRole("table")).toBeTruthy()
  })

  it("pins a pinned column at the row's inline end, in the header and every row", () => {
    render(
      <DataTable rows={producers} columns={columns} rowTestId="producer-row" label="Üreticiler" />
    )

    const pinned = [
      screen.getByRole("columnheader", { name: "İşlem" }),
      ...screen.getAllByRole("button").map((button) => button.closest("td")),
    ]
    expect(pinned).toHaveLength(3)
    for (const cell of pinned) {
      // `end-0`, not `right-0`, so the column sticks to the left edge in Persian.
      expect(cell?.className).toMatch(/(^| )sticky( |$)/)
      expect(cell?.className).toMatch(/(^| )end-0( |$)/)
    }
    expect(screen.getByRole("columnheader", { name: "Ad" }).className).not.toMatch(/sticky/)
  })
})
