import type { AdminImpact, AdminImpactMonth } from "@imece/types"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { saveFile } from "../../../lib/save-file"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ImpactDashboard } from "./impact-dashboard"

vi.mock("../../../lib/save-file", () => ({ saveFile: vi.fn() }))
vi.mock("../../../lib/client", () => ({
  client: {
    admin: { impact: { retrieve: vi.fn(), exportCsv: vi.fn() } },
  },
}))

const retrieve = vi.mocked(client.admin.impact.retrieve)
const exportCsv = vi.mocked(client.admin.impact.exportCsv)
const save = vi.mocked(saveFile)
const texts = admin.tr.impact
const TODAY = new Date(2026, 10, 29, 15, 0)

function month(month: string, overrides: Partial<AdminImpactMonth> = {}): AdminImpactMonth {
  return {
    month,
    currency_code: "try",
    orders: 0,
    gross: 0,
    commission: 0,
    net: 0,
    average_order_value: 0,
    ...overrides,
  }
}

const ayse = {
  id: "prdcr_1",
  name: "Ayşe Yılmaz",
  handle: "ayse-yilmaz",
  city: "Ankara",
  craft: { tr: "İğne oyası" },
  status: "active" as const,
  joined_at: "2026-09-02T10:00:00.000Z",
}

function impact(overrides: Partial<AdminImpact> = {}): AdminImpact {
  const sold = { currency_code: "try", orders: 2, gross: 183333, commission: 4583, net: 178750 }
  return {
    period: {
      from: "2026-09-01",
      to: "2026-11-29",
      months: ["2026-09", "2026-10", "2026-11"],
      as_of: "2026-11-29T15:00:00.000Z",
    },
    currencies: [{ code: "try", decimal_digits: 2 }],
    funnel: {
      applications_submitted: 12,
      approved: 9,
      first_sale: 6,
      active_last_30_days: 4,
      median_days_to_first_sale: 12.5,
    },
    producers: { active: 20, with_sales: 7, active_last_30_days: 5 },
    totals: [{ ...sold, average_order_value: 91667 }],
    monthly: [
      month("2026-09"),
      month("2026-10", {
        orders: 1,
        gross: 150000,
        commission: 3750,
        net: 146250,
        average_order_value: 150000,
      }),
      month("2026-11", {
        orders: 1,
        gross: 33333,
        commission: 833,
        net: 32500,
        average_order_value: 33333,
      }),
    ],
    cities: [
      {
        key: "ankara",
        city: "Ankara",
        producers: 3,
        producers_with_sales: 2,
        orders: 2,
        money: [{ ...sold, average_order_value: 91667 }],
      },
      {
        key: "",
        city: null,
        producers: 1,
        producers_with_sales: 0,
        orders: 0,
        money: [
          {
            currency_code: "try",
            orders: 0,
            gross: 0,
            commission: 0,
            net: 0,
            average_order_value: 0,
          },
        ],
      },
    ],
    crafts: [
      {
        key: "iğne oyası",
        craft: { tr: "İğne oyası", en: "Needle lace" },
        producers: 3,
        producers_with_sales: 2,
        orders: 2,
        money: [{ ...sold, average_order_value: 91667 }],
      },
    ],
    top_producers: [{ producer: ayse, ...sold, average_order_value: 91667 }],
    struggling_producers: [
      {
        producer: { ...ayse, id: "prdcr_2", name: "Fatma Demir", city: "İzmit" },
        last_sale_at: null,
        days_since_last_sale: null,
      },
      {
        producer: { ...ayse, id: "prdcr_3", name: "Zehra Kaya" },
        last_sale_at: "2026-08-01T10:00:00.000Z",
        days_since_last_sale: 120,
      },
    ],
    ...overrides,
  }
}

function renderPage(path = "/impact") {
  renderWithProviders(<ImpactDashboard today={TODAY} />, { path })
}

describe("the impact page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    // recharts measures its container; jsdom has no ResizeObserver.
    vi.stubGlobal(
      "ResizeObserver",
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      }
    )
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it("shows the funnel, income per month with its table, cities, crafts and who needs help", async () => {
    retrieve.mockResolvedValue({ impact: impact() })
    renderPage()

    const funnel = await screen.findByTestId("impact-funnel")
    expect(
      within(funnel)
        .getAllByTestId("impact-funnel-value")
        .map((value) => value.textContent)
    ).toEqual(["12", "9", "6", "4"])
    expect(within(funnel).getByTestId("impact-funnel-median").textContent).toContain("12,5")
    // The last 12 months by default, whole months up to today.
    expect(retrieve).toHaveBeenCalledWith({ from: "2025-12-01", to: "2026-11-29" })

    const incomeRows = screen.getAllByTestId("impact-income-row")
    expect(incomeRows).toHaveLength(3)
    expect(incomeRows[1].textContent).toMatch(/Eki 2026/)
    expect(incomeRows[1].textContent).toContain("1.500,00")
    expect(incomeRows[1].textContent).toContain("37,50")
    expect(incomeRows[1].textContent).toContain("1.462,50")
    expect(screen.getAllByTestId("impact-orders-row")).toHaveLength(3)
    expect(screen.getByTestId("impact-income-chart").getAttribute("aria-label")).toContain("TRY")

    const cities = screen.getAllByTestId("impact-city-row")
    expect(cities[0].textContent).toContain("Ankara")
    expect(cities[1].textContent).toContain(texts.notGiven)
    expect(screen.getByTestId("impact-craft-row").textContent).toContain("İğne oyası")
    expect(screen.getByTestId("impact-top-producer-row").textContent).toContain("Ayşe Yılmaz")

    const struggling = screen.getAllByTestId("impact-struggling-row")
    expect(within(struggling[0]).getByTestId("impact-never-sold").textContent).toBe(
      texts.struggling.never
    )
    expect(struggling[1].textContent).toContain("120")
  })

  it("reads the period from the address and asks again for a preset", async () => {
    retrieve.mockResolvedValue({ impact: impact() })
    renderPage("/impact?from=2026-01-01&to=2026-03-31")

    await screen.findByTestId("impact-funnel")
    expect(retrieve).toHaveBeenCalledWith({ from: "2026-01-01", to: "2026-03-31" })
    expect(screen.getByTestId("impact-preset-custom").getAttribute("aria-pressed")).toBe("true")

    fireEvent.click(screen.getByTestId("impact-preset-last3"))
    await waitFor(() =>
      expect(retrieve).toHaveBeenLastCalledWith({ from: "2026-09-01", to: "2026-11-29" })
    )
    fireEvent.click(screen.getByTestId("impact-preset-thisYear"))
    await waitFor(() =>
      expect(retrieve).toHaveBeenLastCalledWith({ from: "2026-01-01", to: "2026-11-29" })
    )
  })

  it("names a chosen period the report cannot cover instead of asking for it", async () => {
    retrieve.mockResolvedValue({ impact: impact() })
    renderPage()
    await screen.findByTestId("impact-funnel")

    fireEvent.click(screen.getByTestId("impact-preset-custom"))
    fireEvent.change(screen.getByLabelText(texts.period.from), { target: { value: "2026-05-01" } })
    fireEvent.change(screen.getByLabelText(texts.period.to), { target: { value: "2026-04-01" } })
    fireEvent.click(screen.getByTestId("impact-apply-period"))
    expect((await screen.findByTestId("impact-period-problem")).textContent).toBe(
      texts.period.fromAfterTo
    )

    fireEvent.change(screen.getByLabelText(texts.period.from), { target: { value: "2022-01-01" } })
    fireEvent.change(screen.getByLabelText(texts.period.to), { target: { value: "2026-01-01" } })
    fireEvent.click(screen.getByTestId("impact-apply-period"))
    expect((await screen.findByTestId("impact-period-problem")).textContent).toBe(
      texts.period.tooLong
    )
    expect(retrieve).toHaveBeenCalledTimes(1)

    fireEvent.change(screen.getByLabelText(texts.period.from), { target: { value: "2026-02-01" } })
    fireEvent.change(screen.getByLabelText(texts.period.to), { target: { value: "2026-03-31" } })
    fireEvent.click(screen.getByTestId("impact-apply-period"))
    await waitFor(() =>
      expect(retrieve).toHaveBeenLastCalledWith({ from: "2026-02-01", to: "2026-03-31" })
    )
  })

  it("downloads a table as CSV for the period on show, in the reader's language", async () => {
    retrieve.mockResolvedValue({ impact: impact() })
    const file = new Blob(["\uFEFFŞehir\r\n"], { type: "text/csv" })
    exportCsv.mockResolvedValue(file)
    renderPage()

    fireEvent.click(await screen.findByTestId("impact-download-cities"))
    await waitFor(() =>
      expect(exportCsv).toHaveBeenCalledWith({
        from: "2025-12-01",
        to: "2026-11-29",
        table: "cities",
        locale: "tr",
      })
    )
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith(file, "imece-impact-cities-2025-12-01-2026-11-29.csv")
    )
  })

  it("says so when the period has no sale yet, and still shows who needs help", async () => {
    retrieve.mockResolvedValue({
      impact: impact({
        totals: [
          {
            currency_code: "try",
            orders: 0,
            gross: 0,
            commission: 0,
            net: 0,
            average_order_value: 0,
          },
        ],
        monthly: [month("2026-09"), month("2026-10"), month("2026-11")],
        top_producers: [],
      }),
    })
    renderPage()

    expect(await screen.findByText(texts.empty)).toBeTruthy()
    expect(screen.queryByTestId("impact-income-row")).toBeNull()
    expect(screen.queryByTestId("impact-download-monthly")).toBeNull()
    expect(screen.getAllByTestId("impact-struggling-row")).toHaveLength(2)
  })

  it("shows income delivered in a period without new orders, and says what each chart counts", async () => {
    const delivered = { gross: 60000, commission: 1500, net: 58500 }
    retrieve.mockResolvedValue({
      impact: impact({
        totals: [{ currency_code: "try", orders: 0, average_order_value: 0, ...delivered }],
        monthly: [month("2026-09"), month("2026-10", delivered), month("2026-11")],
      }),
    })
    renderPage()

    const incomeRows = await screen.findAllByTestId("impact-income-row")
    expect(incomeRows[1].textContent).toContain("600,00")
    expect(screen.queryByTestId("impact-empty")).toBeNull()
    expect(screen.getByTestId("impact-total-gross").textContent).toContain("600,00")
    // Income is delivered orders less refunds; orders are orders placed.
    expect(screen.getByText(texts.income.subtitle)).toBeTruthy()
    expect(screen.getByText(texts.orders.subtitle)).toBeTruthy()
  })

  it("offers to try again when the report cannot be loaded", async () => {
    retrieve.mockRejectedValue(new Error("network down"))
    renderPage()
    expect(await screen.findByText(texts.loadFailed)).toBeTruthy()
  })

  it("speaks Persian right to left, with Persian digits and Gregorian month names", async () => {
    await i18n.changeLanguage("fa")
    retrieve.mockResolvedValue({ impact: impact() })
    renderPage()

    expect(await screen.findByText(admin.fa.impact.title)).toBeTruthy()
    expect(document.documentElement.dir).toBe("rtl")
    const funnel = screen.getByTestId("impact-funnel")
    expect(within(funnel).getAllByTestId("impact-funnel-value")[0].textContent).toBe("۱۲")
    expect(screen.getAllByTestId("impact-income-row")[1].textContent).toMatch(/اکتبر/)
  })
})
