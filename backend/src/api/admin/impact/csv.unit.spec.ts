import { computeImpact, type ImpactFacts } from "./aggregate"
import { formatMinorUnits, impactCsv } from "./csv"
import { periodBounds } from "./period"

const at = (iso: string) => new Date(iso)

const facts: ImpactFacts = {
  currencies: [
    { code: "try", decimal_digits: 2 },
    { code: "irr", decimal_digits: 0 },
  ],
  defaultCurrency: "try",
  producers: [
    {
      id: "a",
      name: "Ayşe Yılmaz",
      handle: "ayse-yilmaz",
      city: "Keçiören, Ankara",
      craft: { tr: "İğne oyası", fa: "سوزن‌دوزی" },
      status: "active",
      created_at: at("2026-01-05T09:00:00Z"),
    },
    {
      id: "b",
      name: '=HYPERLINK("x")',
      handle: "b",
      city: null,
      craft: null,
      status: "suspended",
      created_at: at("2026-01-05T09:00:00Z"),
    },
  ],
  applications: [],
  sales: [
    {
      order_id: "order_1",
      producer_id: "a",
      currency_code: "try",
      created_at: at("2026-02-10T10:00:00Z"),
      line_totals: ["1234.5"],
    },
    {
      order_id: "order_2",
      producer_id: "b",
      currency_code: "irr",
      created_at: at("2026-03-10T10:00:00Z"),
      line_totals: ["2500000"],
    },
  ],
  // Both delivered within their month: 2.5 % and 1 % to the cooperative.
  earnings: [
    {
      producer_id: "a",
      currency_code: "try",
      amount: 120364,
      commission: 3086,
      created_at: at("2026-02-14T10:00:00Z"),
    },
    {
      producer_id: "b",
      currency_code: "irr",
      amount: 2475000,
      commission: 25000,
      created_at: at("2026-03-20T10:00:00Z"),
    },
  ],
  saleDates: [],
}
const report = computeImpact(
  facts,
  periodBounds(
    { from: "2026-02-01", to: "2026-03-31" },
    at("2026-11-29T12:00:00Z"),
    "Europe/Istanbul"
  )
)

/** The rows of a CSV without its byte order mark, split on CRLF. */
const rows = (csv: string) => csv.slice(1).split("\r\n").slice(0, -1)

describe("impact CSV", () => {
  it("writes minor units as decimals with a dot", () => {
    expect(formatMinorUnits(123450, 2)).toBe("1234.50")
    expect(formatMinorUnits(5, 2)).toBe("0.05")
    expect(formatMinorUnits(-5, 2)).toBe("-0.05")
    expect(formatMinorUnits(2500000, 0)).toBe("2500000")
  })

  it("starts with a byte order mark, a header row, and ends lines with CRLF", () => {
    const csv = impactCsv(report, "monthly", "tr")
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith("\r\n")).toBe(true)
    expect(rows(csv)).toEqual([
      "Ay,Para birimi,Sipariş,Brüt satış,Komisyon,Üreticilerin kazancı,Ortalama sipariş tutarı",
      "2026-02,TRY,1,1234.50,30.86,1203.64,1234.50",
      "2026-03,TRY,0,0.00,0.00,0.00,0.00",
      "2026-02,IRR,0,0,0,0,0",
      "2026-03,IRR,1,2500000,25000,2475000,2500000",
    ])
  })

  it("has the same monthly totals as the report", () => {
    const [, ...lines] = rows(impactCsv(report, "monthly", "en"))
    const gross = lines
      .filter((line) => line.includes(",TRY,"))
      .reduce((sum, line) => sum + Math.round(Number(line.split(",")[3]) * 100), 0)
    expect(gross).toBe(report.impact.totals[0].gross)
  })

  it("writes cities, crafts and producers in the reader's language", () => {
    expect(rows(impactCsv(report, "cities", "en"))).toEqual([
      "City,Producers,Producers with sales,Currency,Orders,Gross sales,Commission,Producers' earnings",
      '"Keçiören, Ankara",1,1,TRY,1,1234.50,30.86,1203.64',
      '"Keçiören, Ankara",1,1,IRR,0,0,0,0',
      "(not given),1,1,TRY,0,0.00,0.00,0.00",
      "(not given),1,1,IRR,1,2500000,25000,2475000",
    ])
    expect(rows(impactCsv(report, "crafts", "fa"))[1]).toBe(
      "سوزن‌دوزی,1,1,TRY,1,1234.50,30.86,1203.64"
    )
    expect(rows(impactCsv(report, "producers", "tr"))).toEqual([
      "Üretici,Mağaza adresi,Şehir,Zanaat,Durum,Katılış tarihi,Para birimi,Sipariş,Brüt satış,Komisyon,Üreticilerin kazancı",
      'Ayşe Yılmaz,ayse-yilmaz,"Keçiören, Ankara",İğne oyası,Aktif,2026-01-05,TRY,1,1234.50,30.86,1203.64',
      `"'=HYPERLINK(""x"")",b,(belirtilmemiş),(belirtilmemiş),Askıda,2026-01-05,TRY,0,0.00,0.00,0.00`,
      `"'=HYPERLINK(""x"")",b,(belirtilmemiş),(belirtilmemiş),Askıda,2026-01-05,IRR,1,2500000,25000,2475000`,
      'Ayşe Yılmaz,ayse-yilmaz,"Keçiören, Ankara",İğne oyası,Aktif,2026-01-05,IRR,0,0,0,0',
    ])
  })
})
