import {
  commissionRateInForce,
  commissionRuleStatuses,
  type CommissionRuleInput,
} from "./rate-in-force"

const rule = (
  id: string,
  scope: CommissionRuleInput["scope"],
  target_id: string | null,
  rate_bps: number,
  valid_from: string,
  created_at = "2026-01-01T00:00:00.000Z"
) => ({ id, scope, target_id, rate_bps, valid_from, created_at })

const FALLBACK = 300
const placedAt = "2026-06-15T12:00:00.000Z"
const ayse = { producer_id: "prdcr_ayse", category_ids: ["pcat_oya"] }

describe("commissionRateInForce", () => {
  it("takes the cooperative's settings when there is no rule at all", () => {
    expect(commissionRateInForce([], ayse, placedAt, FALLBACK)).toBe(FALLBACK)
  })

  it("takes the latest cooperative rule started by the time the order was placed", () => {
    const rules = [
      rule("a", "cooperative", null, 500, "2026-01-01T00:00:00.000Z"),
      rule("b", "cooperative", null, 700, "2026-06-01T00:00:00.000Z"),
      rule("c", "cooperative", null, 900, "2026-07-01T00:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(700)
    expect(commissionRateInForce(rules, ayse, "2026-03-01T00:00:00.000Z", FALLBACK)).toBe(500)
    expect(commissionRateInForce(rules, ayse, "2025-12-31T23:59:59.999Z", FALLBACK)).toBe(FALLBACK)
  })

  it("applies a rule from the very moment it starts", () => {
    const rules = [rule("a", "cooperative", null, 500, placedAt)]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(500)
  })

  it("prefers a category rule to the default, and her own rule to both", () => {
    const rules = [
      rule("coop", "cooperative", null, 1000, "2026-01-01T00:00:00.000Z"),
      rule("cat", "category", "pcat_oya", 600, "2026-01-01T00:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(600)
    expect(
      commissionRateInForce(
        [...rules, rule("own", "producer", "prdcr_ayse", 800, "2026-01-01T00:00:00.000Z")],
        ayse,
        placedAt,
        FALLBACK
      )
    ).toBe(800)
  })

  it("ignores rules of other producers, other categories and rules not started yet", () => {
    const rules = [
      rule("other-maker", "producer", "prdcr_zehra", 100, "2026-01-01T00:00:00.000Z"),
      rule("other-category", "category", "pcat_kece", 200, "2026-01-01T00:00:00.000Z"),
      rule("own-later", "producer", "prdcr_ayse", 300, "2026-07-01T00:00:00.000Z"),
      rule("coop", "cooperative", null, 1000, "2026-01-01T00:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(1000)
  })

  it("takes the lowest rate when several of the product's categories have a rule", () => {
    const rules = [
      rule("oya", "category", "pcat_oya", 900, "2026-01-01T00:00:00.000Z"),
      rule("scarves", "category", "pcat_yazma", 400, "2026-01-01T00:00:00.000Z"),
      // Each category's own latest rule counts: this replaces the scarves' 400.
      rule("scarves-later", "category", "pcat_yazma", 650, "2026-05-01T00:00:00.000Z"),
    ]
    const subject = { producer_id: "prdcr_ayse", category_ids: ["pcat_yazma", "pcat_oya"] }
    expect(commissionRateInForce(rules, subject, placedAt, FALLBACK)).toBe(650)
    expect(commissionRateInForce(rules, subject, "2026-02-01T00:00:00.000Z", FALLBACK)).toBe(400)
  })

  it("lets a rule of rate zero win: no commission is a rate like any other", () => {
    const rules = [
      rule("coop", "cooperative", null, 1000, "2026-01-01T00:00:00.000Z"),
      rule("own", "producer", "prdcr_ayse", 0, "2026-01-01T00:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(0)
  })

  it("settles two rules starting together by the one written last", () => {
    const rules = [
      rule("b", "cooperative", null, 700, "2026-06-01T00:00:00.000Z", "2026-06-01T10:00:00.000Z"),
      rule("a", "cooperative", null, 650, "2026-06-01T00:00:00.000Z", "2026-06-01T11:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, ayse, placedAt, FALLBACK)).toBe(650)
    expect(commissionRateInForce([...rules].reverse(), ayse, placedAt, FALLBACK)).toBe(650)
  })

  it("gives the cooperative level when asked without maker or categories", () => {
    const rules = [
      rule("coop", "cooperative", null, 1000, "2026-01-01T00:00:00.000Z"),
      rule("own", "producer", "prdcr_ayse", 0, "2026-01-01T00:00:00.000Z"),
    ]
    expect(commissionRateInForce(rules, {}, placedAt, FALLBACK)).toBe(1000)
  })

  it("accepts dates as the workflow engine hands them on, strings or Date objects", () => {
    const rules = [
      { ...rule("coop", "cooperative", null, 500, ""), valid_from: new Date("2026-01-01") },
    ]
    expect(commissionRateInForce(rules, ayse, new Date(placedAt), FALLBACK)).toBe(500)
  })
})

describe("commissionRuleStatuses", () => {
  it("tells the rule in force from the ones replaced and the ones to come, per target", () => {
    const rules = [
      rule("old", "cooperative", null, 500, "2026-01-01T00:00:00.000Z"),
      rule("now", "cooperative", null, 700, "2026-06-01T00:00:00.000Z"),
      rule("next", "cooperative", null, 900, "2026-07-01T00:00:00.000Z"),
      rule("cat", "category", "pcat_oya", 600, "2026-02-01T00:00:00.000Z"),
      rule("maker", "producer", "prdcr_ayse", 600, "2026-08-01T00:00:00.000Z"),
    ]
    expect(Object.fromEntries(commissionRuleStatuses(rules, placedAt))).toEqual({
      old: "superseded",
      now: "in_force",
      next: "scheduled",
      cat: "in_force",
      maker: "scheduled",
    })
  })
})
