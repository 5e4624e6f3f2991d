import { common } from "@imece/i18n"
import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { admin } from "../../../../i18n/locales/admin"
import { adminProducer as producer } from "../../../../test/fixtures"
import { ProducerTable } from "./producer-table"

describe("ProducerTable", () => {
  it("renders one row per producer with her name, craft and status", () => {
    const producers = [
      producer({}),
      producer({ id: "prdcr_2", handle: "fatma-kilim", name: "Fatma Demir", status: "pending" }),
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

  it("shows staff only the masked IBAN, or that she has none yet", () => {
    const producers = [
      producer({ has_iban: true, iban_masked: "TR** **** **** **** **** **13 26" }),
      producer({ id: "prdcr_2", handle: "fatma-kilim", name: "Fatma Demir" }),
    ]
    render(<ProducerTable producers={producers} locale="tr" />)

    const [withIban, withoutIban] = screen.getAllByTestId("producer-row")
    expect(within(withIban).getByTestId("producer-iban").textContent).toBe(
      "TR** **** **** **** **** **13 26"
    )
    expect(within(withoutIban).queryByTestId("producer-iban")).toBeNull()
    expect(within(withoutIban).getByTestId("producer-no-iban").textContent).toBe(
      admin.tr.producers.noIban
    )
  })

  it("names each producer's photo, and keeps the letter shown without one out of the reading", () => {
    const producers = [
      producer({ avatar_url: "https://cdn.example/ayse.jpg" }),
      producer({ id: "prdcr_2", handle: "fatma-kilim", name: "Fatma Demir", avatar_url: null }),
    ]
    render(<ProducerTable producers={producers} locale="tr" />)

    const [withPhoto, withoutPhoto] = screen.getAllByTestId("producer-row")
    const photo = within(withPhoto).getByRole("img")
    expect(photo.getAttribute("alt")).toBe("Ayşe Yılmaz fotoğrafı")
    expect(photo.getAttribute("src")).toBe("https://cdn.example/ayse.jpg")
    expect(within(withoutPhoto).queryByRole("img")).toBeNull()
    expect(within(withoutPhoto).getByText("F").getAttribute("aria-hidden")).toBe("true")
  })

  it("lets the table scroll in its own named region, with the suspend button pinned in view", () => {
    render(<ProducerTable producers={[producer({})]} locale="tr" onChangeStatus={() => {}} />)

    const region = screen.getByRole("region", { name: common.tr.producers })
    expect(region.tabIndex).toBe(0)
    const suspend = within(region).getByRole("button", { name: admin.tr.producers.actions.suspend })
    expect(suspend.closest("td")?.className).toMatch(/(^| )sticky( |$)/)
  })
})
