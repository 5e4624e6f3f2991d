import type { AdminImpactMoney, LocalizedText, ProducerStatus } from "@imece/types"
import {
  computeImpact,
  craftKey,
  groupKey,
  toMinorUnits,
  type EarningFact,
  type ImpactFacts,
  type ProducerFact,
  type SaleFact,
} from "./aggregate"
import { defaultPeriod, monthOf, parseDay, periodBounds, periodProblem } from "./period"

const IST = "Europe/Istanbul"
import { toEarningFact, toSaleFact } from "./read-impact"

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
  line_totals: string[],
  currency_code = "try"
): SaleFact {
  return { order_id, producer_id, currency_code, created_at: at(created_at), line_totals }
}

/** An earning (or, negative, a reversal) as booked: hers and the cooperative's, in minor units. */
function booked(
  producer_id: string,
  created_at: string,
  amount: number,
  commission: number,
  currency_code = "try"
): EarningFact {
  return { producer_id, currency_code, amount, commission, created_at: at(created_at) }
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

  it("reads an order's lines as exact decimals, whatever form Query gives them in", () => {
    const fact = toSaleFact({
      order_id: "order_1",
      producer_id: "a",
      currency_code: "try",
      created_at: "2026-09-13T10:00:00.000Z",
      items: [{ total: 450.5 }, { total: "300" }, null, { total: 10 }],
    })
    expect(fact.line_totals).toEqual(["450.5", "300", "10"])
    expect(fact.created_at).toEqual(at("2026-09-13T10:00:00Z"))
  })

  it("reads a ledger entry's amounts as whole minor units, signs kept", () => {
    expect(
      toEarningFact({
        producer_id: "a",
        currency_code: "try",
        amount: "-17550",
        commission: -450,
        created_at: "2026-11-05T10:00:00.000Z",
      })
    ).toEqual(booked("a", "2026-11-05T10:00:00Z", -17550, -450))
    expect(() =>
      toEarningFact({
        producer_id: "a",
        currency_code: "try",
        amount: "175.5",
        commission: 0,
        created_at: "2026-11-05T10:00:00.000Z",
      })
    ).toThrow(/not a whole number of minor units: 175.5/)
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
    expect(defaultPeriod(at("2026-11-29T15:00:00Z"), IST)).toEqual({
      from: "2025-12-01",
      to: "2026-11-29",
    })
    expect(defaultPeriod(at("2026-01-10T00:00:00Z"), IST, 3)).toEqual({
      from: "2025-11-01",
      to: "2026-01-10",
    })
    // 22:00 UTC on 30 November is already 1 December in Istanbul.
    expect(defaultPeriod(at("2026-11-30T22:00:00Z"), IST)).toEqual({
      from: "2026-01-01",
      to: "2026-12-01",
    })
  })

  it("counts a sale at 22:30 UTC on 31 March in April for Istanbul and in March for UTC", () => {
    const sale = at("2026-03-31T22:30:00.000Z")
    expect(monthOf(sale, IST)).toBe("2026-04")
    expect(monthOf(sale, "UTC")).toBe("2026-03")
    const april = periodBounds(
      { from: "2026-04-01", to: "2026-04-30" },
      at("2026-12-01T00:00:00Z"),
      IST
    )
    expect(april.start <= sale && sale < april.end).toBe(true)
    const march = periodBounds(
      { from: "2026-03-01", to: "2026-03-31" },
      at("2026-12-01T00:00:00Z"),
      "UTC"
    )
    expect(march.start <= sale && sale < march.end).toBe(true)
  })

  it("counts a moment in the month it is in Istanbul", () => {
    expect(monthOf(at("2026-09-30T20:59:59.999Z"), IST)).toBe("2026-09")
    expect(monthOf(at("2026-09-30T21:00:00.000Z"), IST)).toBe("2026-10")
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
    const period = periodBounds({ from: "2025-12-15", to: "2026-02-01" }, now, IST)
    expect(period.months).toEqual(["2025-12", "2026-01", "2026-02"])
    // Days begin at midnight in Istanbul, 21:00 UTC the evening before.
    expect(period.start).toEqual(at("2025-12-14T21:00:00Z"))
    expect(period.end).toEqual(at("2026-02-01T21:00:00Z"))
    expect(period.asOf).toEqual(period.end)
    expect(periodBounds({ from: "2026-11-01", to: "2026-12-31" }, now, IST).asOf).toEqual(now)
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
  const period = periodBounds({ from: "2026-09-01", to: "2026-11-29" }, now, IST)

  const sales = [
    // One shopper order with two producers, and a later order of Ayşe's, not delivered yet.
    sale("order_1", "a", "2026-09-13T10:00:00Z", ["900", "333.33"]),
    sale("order_1", "b", "2026-09-13T10:00:00Z", ["600"]),
    sale("order_2", "a", "2026-11-20T08:00:00Z", ["300"]),
    // A euro sale by a producer suspended since.
    sale("order_3", "d", "2026-10-05T08:00:00Z", ["10.005"], "eur"),
  ]
  // The ledger: each line earned when delivered, Ayşe's at 2.5 %, Bahar's at her line's own 5 %.
  const earnings = [
    booked("a", "2026-09-20T10:00:00Z", 87750, 2250),
    booked("a", "2026-09-20T10:00:00Z", 32500, 833),
    // Bahar delivered order_1 in October, and in September an order placed in June.
    booked("b", "2026-10-02T10:00:00Z", 57000, 3000),
    booked("b", "2026-09-02T10:00:00Z", 9500, 500),
    booked("d", "2026-10-08T10:00:00Z", 1001, 0, "eur"),
    // 180 TRY of Ayşe's 900 refunded in November: taken off November, not September.
    booked("a", "2026-11-05T10:00:00Z", -17550, -450),
    // Feride, suspended since, earned dollars from an order placed before the period.
    booked("f", "2026-10-10T10:00:00Z", 2375, 125, "usd"),
    // Booked just outside the period, by Istanbul's clock.
    booked("a", "2026-08-31T20:59:59.999Z", 1000, 25),
    booked("a", "2026-11-29T21:00:00.000Z", 1000, 25),
  ]
  const facts: ImpactFacts = {
    currencies: [
      { code: "try", decimal_digits: 2 },
      { code: "eur", decimal_digits: 2 },
      { code: "usd", decimal_digits: 2 },
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
      producer("f", { city: "izmit", craft: { fa: "قالی‌بافی" }, status: "suspended" }),
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
    earnings,
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

  it("counts orders as placed and money as the ledger booked it, month by month", () => {
    // Dollars were earned in the period without an order placed in it: reported all the same.
    expect(impact.currencies.map((currency) => currency.code)).toEqual(["try", "eur", "usd"])
    expect(impact.monthly.filter((month) => month.currency_code === "try")).toEqual([
      {
        month: "2026-09",
        currency_code: "try",
        // order_1 was placed in September…
        orders: 1,
        average_order_value: 183333,
        // …and Ayşe's lines of it delivered then, with Bahar's June order.
        gross: 90000 + 33333 + 10000,
        commission: 2250 + 833 + 500,
        net: 87750 + 32500 + 9500,
      },
      {
        month: "2026-10",
        currency_code: "try",
        orders: 0,
        average_order_value: 0,
        // Bahar's line of order_1, delivered in October.
        gross: 60000,
        commission: 3000,
        net: 57000,
      },
      {
        month: "2026-11",
        currency_code: "try",
        // order_2 placed, not delivered; the refund takes income away.
        orders: 1,
        average_order_value: 30000,
        gross: -18000,
        commission: -450,
        net: -17550,
      },
    ])
    expect(
      impact.monthly.filter((month) => month.currency_code === "eur").map((m) => m.gross)
    ).toEqual([0, 1001, 0])
    expect(
      impact.monthly
        .filter((month) => month.currency_code === "usd")
        .map(({ orders, gross, net }) => [orders, gross, net])
    ).toEqual([
      [0, 0, 0],
      [0, 2500, 2375],
      [0, 0, 0],
    ])
    expect(impact.totals[0]).toEqual({
      currency_code: "try",
      orders: 2,
      gross: 175333,
      commission: 6133,
      net: 169200,
      // What shoppers paid for the two orders, 183 333 + 30 000 kuruş, halved.
      average_order_value: 106667,
    })
  })

  it("adds the months, the groups and the producers up to the period's totals", () => {
    const summed = (rows: AdminImpactMoney[], code: string) =>
      rows
        .filter((row) => row.currency_code === code)
        .reduce(
          (sum, row) => ({
            gross: sum.gross + row.gross,
            commission: sum.commission + row.commission,
            net: sum.net + row.net,
          }),
          { gross: 0, commission: 0, net: 0 }
        )
    for (const { currency_code: code, ...total } of impact.totals) {
      const expected = { gross: total.gross, commission: total.commission, net: total.net }
      expect(summed(impact.monthly, code)).toEqual(expected)
      expect(
        summed(
          impact.cities.flatMap((group) => group.money),
          code
        )
      ).toEqual(expected)
      expect(
        summed(
          impact.crafts.flatMap((group) => group.money),
          code
        )
      ).toEqual(expected)
      expect(summed(producerRows, code)).toEqual(expected)
    }
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
      // Feride sold nothing in the period but earned in it: she counts, with Cemile.
      ["İzmit", 2, 0, 0],
      [null, 1, 1, 1],
    ])
    expect(impact.cities[0].money[0]).toEqual(
      expect.objectContaining({ currency_code: "try", gross: 175333, net: 169200 })
    )
    expect(impact.cities[1].money[2]).toEqual(
      expect.objectContaining({ currency_code: "usd", orders: 0, gross: 2500, net: 2375 })
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
      ["try", "a", 87750 + 32500 - 17550],
      ["try", "b", 57000 + 9500],
      ["eur", "d", 1001],
      ["usd", "f", 2375],
    ])
    expect(impact.top_producers[0]).toEqual(
      expect.objectContaining({ orders: 2, gross: 105333, average_order_value: 76667 })
    )
    // The export's long form has everyone of the period, those without sales too.
    expect(
      producerRows.filter((row) => row.currency_code === "try").map((row) => row.producer.id)
    ).toEqual(["a", "b", "c", "d", "f"])
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
