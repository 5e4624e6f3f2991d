import { common } from "@imece/i18n"
import type { AdminProducer } from "@imece/types"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { ProducerTable } from "./producer-table"

function producer(overrides: Partial<AdminProducer>): AdminProducer {
  return {
    id: "prod_1",
    handle: "ayse-oya",
    name: "Ayşe Yılmaz",
    craft: { tr: "İğne oyası", en: "Needle lace" },
    story: null,
    city: "Ödemiş",
    avatar_url: null,
    status: "active",
    created_at: "2026-11-20T10:00:00.000Z",
    updated_at: "2026-11-20T10:00:00.000Z",
    ...overrides,
  }
}

describe("ProducerTable", () => {
  it("renders one row per producer with her name, craft and status", () => {
    const producers = [
      producer({}),
      producer({ id: "prod_2", handle: "fatma-kilim", name: "Fatma Demir", status: "pending" }),
    ]
    render(<ProducerTable producers={producers} locale="tr" />)

    const rows = screen.getAllByTestId("producer-row")
    expect(rows).toHaveLength(2)
    expect(within(rows[0]).getByText("Ayşe Yılmaz")).toBeTruthy()
    expect(within(rows[0]).getByText("İğne oyası")).toBeTruthy()
    expect(within(rows[0]).getByText(common.tr.status.active)).toBeTruthy()
    expect(within(rows[1]).getByText("Fatma Demir")).toBeTruthy()
    expect(within(rows[1]).getByText(common.tr.status.pending)).toBeTruthy()
  })
})
