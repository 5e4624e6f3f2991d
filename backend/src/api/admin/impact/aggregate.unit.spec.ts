import type { LocalizedText, ProducerStatus } from "@imece/types"
import {
  computeImpact,
  craftKey,
  groupKey,
  lineCommission,
  toMinorUnits,
  type ImpactFacts,
  type ProducerFact,
  type SaleFact,
} from "./aggregate"
import { defaultPeriod, parseDay, periodBounds, periodProblem } from "./period"
import { toSaleFact } from "./read-impact"

const at = (iso: string) => new Date(iso)

function producer(
  id: string,
  overrides: Partial<Omit<ProducerFact, "id">> & { craft?: LocalizedText | null } = {}
): ProducerFact {
  return {
    id,
    name: id.toUpperCase(),
    handle: id,
    city: "Ankara",
    craft: { tr: "İğne oyası" },
    status: "active" as ProducerStatus,
    created_at: at("2026-08-01T09:00:00Z"),
    ...overrides,
  }
}

function sale(
  order_id: string,
  producer_id: string,
  created_at: string,
  lines: [string, number][],
  currency_code = "try"
): SaleFact {
  return {
    order_id,
    producer_id,
    currency_code,
    created_at: at(created_at),
    lines: lines.map(([total, commission_bps]) => ({ total, commission_bps })),
  }
}

describe("money in minor units", () => {
  it("reads a decimal exactly and rounds half away from zero past the currency's digits", () => {
    expect(toMinorUnits("450", 2)).toBe(45000)
    expect(toMinorUnits("450.5", 2)).toBe(45050)
    expect(toMinorUnits("333.33", 2)).toBe(33333)
    expect(toMinorUnits("0.005", 2)).toBe(1)
    expect(toMinorUnits("0.0049", 2)).toBe(0)
    expect(toMinorUnits("-1.005", 2)).toBe(-101)
    expect(toMinorUnits("1500000", 0)).toBe(1500000)
    expect(toMinorUnits("1499.5", 0)).toBe(1500)
    expect(() => toMinorUnits("4,50", 2)).toThrow(/Not a decimal amount/)
  })

  it("takes the commission per line, rounded half up in minor units", () => {
    expect(lineCommission(45000, 250)).toBe(1125)
    // 33333 × 2.5 % = 833.325 kuruş
    expect(lineCommission(33333, 250)).toBe(833)
    // 2 × 25 % = 0.5 kuruş
    expect(lineCommission(2, 2500)).toBe(1)
    expect(lineCommission(12345, 0)).toBe(0)
  })

  it("charges a line at its own rate when it has one, else at its part's", () => {
    const fact = toSaleFact({
      order_id: "order_1",
      producer_id: "a",
      currency_code: "try",
      commission_bps: 250,
      created_at: "2026-09-13T10:00:00.000Z",
      items: [
        { total: 450.5, commission_bps: 1000 },
        { total: "300" },
        null,
        { total: 10, commission_bps: null },
      ],
    })
    expect(fact.lines).toEqual([
      { total: "450.5", commission_bps: 1000 },
      { total: "300", commission_bps: 250 },
      { total: "10", commission_bps: 250 },
    ])
    expect(fact.created_at).toEqual(at("2026-09-13T10:00:00Z"))
  })
})

describe("the period", () => {
  it("accepts calendar days only", () => {
    expect(parseDay("2026-02-28")).toEqual(at("2026-02-28T00:00:00Z"))
    expect(parseDay("2026-02-30")).toBeNull()
    expect(parseDay("2026-2-3")).toBeNull()
    expect(parseDay("yesterday")).toBeNull()
  })

  it("defaults to the last twelve calendar months, this one included", () => {
    expect(defaultPeriod(at("2026-11-29T15:00:00Z"))).toEqual({
      from: "2025-12-01",
      to: "2026-11-29",
    })
    expect(defaultPeriod(at("2026-01-10T00:00:00Z"), 3)).toEqual({
      from: "2025-11-01",
      to: "2026-01-10",
    })
  })

  it("refuses a period that runs backwards or longer than three years", () => {
    expect(periodProblem({ from: "2026-05-01", to: "2026-04-30" })).toMatch(
      /'from' \(2026-05-01\) must be on or before 'to' \(2026-04-30\)/
    )
    expect(periodProblem({ from: "2026-05-01", to: "2026-05-01" })).toBeNull()
    expect(periodProblem({ from: "2023-01-01", to: "2025-12-31" })).toBeNull()
    expect(periodProblem({ from: "2023-01-01", to: "2026-01-01" })).toMatch(/at most 3 years/)
  })

  it("lists each month the period touches and counts back from now while it lasts", () => {
    const now = at("2026-11-29T12:00:00Z")
    const period = periodBounds({ from: "2025-12-15", to: "2026-02-01" }, now)
    expect(period.months).toEqual(["2025-12", "2026-01", "2026-02"])
    expect(period.end).toEqual(at("2026-02-02T00:00:00Z"))
    expect(period.asOf).toEqual(period.end)
    expect(periodBounds({ from: "2026-11-01", to: "2026-12-31" }, now).asOf).toEqual(now)
  })
})

describe("grouping", () => {
  it("treats case and spaces as the same city or craft", () => {
    expect(groupKey("  İZMİT ")).toBe(groupKey("izmit"))
    expect(groupKey("Kayseri  Merkez")).toBe("kayseri merkez")
    expect(groupKey(null)).toBe("")
    expect(craftKey({ en: "Needle lace", tr: "İğne  Oyası" })).toBe("iğne oyası")
    expect(craftKey({ fa: "قالی‌بافی", en: "Carpet weaving" })).toBe("قالی‌بافی")
    expect(craftKey(null)).toBe("")
  })
})

describe("the impact report", () => {
  const now = at("2026-11-29T12:00:00Z")
  const period = periodBounds({ from: "2026-09-01", to: "2026-11-29" }, now)

  const sales = [
    // One shopper order with two producers: Ayşe at 2.5 %, Bahar's line at its own 5 %.
    sale("order_1", "a", "2026-09-13T10:00:00Z", [
      ["900", 250],
      ["333.33", 250],
    ]),
    sale("order_1", "b", "2026-09-13T10:00:00Z", [["600", 500]]),
    sale("order_2", "a", "2026-11-20T08:00:00Z", [["300", 250]]),
    // A euro sale by a producer suspended since.
    sale("order_3", "d", "2026-10-05T08:00:00Z", [["10.005", 0]], "eur"),
  ]
  const facts: ImpactFacts = {
    currencies: [
      { code: "try", decimal_digits: 2 },
      { code: "eur", decimal_digits: 2 },
    ],
    defaultCurrency: "try",
    producers: [
      producer("a"),
      producer("b", { city: "ankara ", craft: { tr: "iğne  oyası", en: "Needle lace" } }),
      producer("c", {
        city: "İzmit",
        craft: { fa: "قالی‌بافی" },
        created_at: at("2026-09-20T00:00:00Z"),
      }),
      producer("d", { city: null, craft: null, status: "suspended" }),
      // Joined after the period: not yet part of it.
      producer("e", { created_at: at("2026-12-15T00:00:00Z") }),
    ],
    applications: [
      {
        id: "app_1",
        created_at: at("2026-09-05T10:00:00Z"),
        approved_at: at("2026-09-10T10:00:00Z"),
        producer_id: "a",
      },
      { id: "app_2", created_at: at("2026-10-01T10:00:00Z"), approved_at: null, producer_id: null },
      // Sent before the period: another cohort.
      {
        id: "app_0",
        created_at: at("2026-08-20T10:00:00Z"),
        approved_at: at("2026-08-22T10:00:00Z"),
        producer_id: "b",
      },
    ],
    sales,
    saleDates: [
      ...sales.map(({ producer_id, created_at }) => ({ producer_id, created_at })),
      { producer_id: "b", created_at: at("2026-06-01T10:00:00Z") },
      // After `as_of`: not counted.
      { producer_id: "c", created_at: at("2026-11-29T13:00:00Z") },
    ],
  }
  const { impact, producerRows } = computeImpact(facts, period)

  it("follows the period's applicants to their first sale", () => {
    expect(impact.funnel).toEqual({
      applications_submitted: 2,
      approved: 1,
      first_sale: 1,
      active_last_30_days: 1,
      median_days_to_first_sale: 3,
    })
    expect(impact.producers).toEqual({ active: 3, with_sales: 3, active_last_30_days: 1 })
  })

  it("sums every month of the period per currency, months without sales as zeros", () => {
    expect(impact.currencies.map((currency) => currency.code)).toEqual(["try", "eur"])
    expect(impact.monthly.filter((month) => month.currency_code === "try")).toEqual([
      {
        month: "2026-09",
        currency_code: "try",
        orders: 1,
        gross: 183333,
        commission: 2250 + 833 + 3000,
        net: 183333 - 6083,
        average_order_value: 183333,
      },
      {
        month: "2026-10",
        currency_code: "try",
        orders: 0,
        gross: 0,
        commission: 0,
        net: 0,
        average_order_value: 0,
      },
      {
        month: "2026-11",
        currency_code: "try",
        orders: 1,
        gross: 30000,
        commission: 750,
        net: 29250,
        average_order_value: 30000,
      },
    ])
    expect(
      impact.monthly.filter((month) => month.currency_code === "eur").map((m) => m.gross)
    ).toEqual([0, 1001, 0])
    expect(impact.totals[0]).toEqual({
      currency_code: "try",
      orders: 2,
      gross: 213333,
      commission: 6833,
      net: 206500,
      average_order_value: 106667,
    })
  })

  it("groups producers by city and craft however they wrote them", () => {
    expect(
      impact.cities.map((city) => [
        city.city,
        city.producers,
        city.producers_with_sales,
        city.orders,
      ])
    ).toEqual([
      ["Ankara", 2, 2, 2],
      ["İzmit", 1, 0, 0],
      [null, 1, 1, 1],
    ])
    expect(impact.cities[0].money[0]).toEqual(
      expect.objectContaining({ currency_code: "try", gross: 213333, net: 206500 })
    )
    expect(impact.crafts[0]).toEqual(
      expect.objectContaining({
        key: "iğne oyası",
        craft: { tr: "İğne oyası", en: "Needle lace" },
        producers: 2,
      })
    )
    expect(impact.crafts.map((craft) => craft.key)).toEqual(["iğne oyası", "قالی‌بافی", ""])
  })

  it("ranks producers by what they earned, per currency", () => {
    expect(
      impact.top_producers.map((row) => [row.currency_code, row.producer.id, row.net])
    ).toEqual([
      ["try", "a", 87750 + 32500 + 29250],
      ["try", "b", 57000],
      ["eur", "d", 1001],
    ])
    // The export's long form has everyone of the period, those without sales too.
    expect(
      producerRows.filter((row) => row.currency_code === "try").map((row) => row.producer.id)
    ).toEqual(["a", "b", "c", "d"])
  })

  it("names open shops without a sale in 60 days, those who never sold first", () => {
    expect(
      impact.struggling_producers.map((row) => [
        row.producer.id,
        row.last_sale_at,
        row.days_since_last_sale,
      ])
    ).toEqual([
      ["c", null, null],
      ["b", "2026-09-13T10:00:00.000Z", 77],
    ])
  })
})
