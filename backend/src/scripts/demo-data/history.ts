import { MedusaError } from "@medusajs/framework/utils"
import { DEMO_PRODUCERS } from "./producers"
import { DEMO_PRODUCTS, type DemoProduct } from "./products"
import { DEFAULT_REASON_TEMPLATES } from "./reason-templates"
import {
  DEMO_PRODUCER_APPLICANTS,
  EUROPEAN_GUESTS,
  HISTORY_APPLICANTS,
  TURKISH_GUESTS,
  type HistoryApplicant,
  type HistoryShopper,
} from "./history-people"

/*
 * The demo's past year, planned without a database: who applied and when staff decided, which
 * orders came in on which days and how far each got, the refunds and the monthly payouts.
 * Pure and deterministic: the same day always plans the same year (a seeded generator, dates
 * counted from that day's UTC midnight), so the unit test checks the very plan the seed plays.
 */

export const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

/**
 * Orders older than this many days are delivered (bar a long made-to-order piece); newer ones
 * are still on their way.
 */
export const OPEN_ORDER_DAYS = 14
/**
 * About how many orders the year has: a small programme's first year (İzmit Çarşısı's 151 shops
 * took 1,332), enough for every month to show some.
 */
export const TARGET_ORDERS = 128
/** The share of orders from the demo shopper's account; the rest are guests. */
const REGISTERED_SHARE = 0.16
/** The share of orders from Europe, in euros. */
const EURO_SHARE = 0.13

export type StaffActor = "administrator" | "reviewer"

/** What she may change when she sends her application again. */
export type ResubmittedAnswers = Partial<Pick<HistoryApplicant, "craft" | "story" | "course">>

export type PlannedStep =
  | { action: "assign"; at: Date; by: StaffActor }
  | { action: "request_changes"; at: Date; by: StaffActor; message: string }
  | { action: "resubmit"; at: Date; answers: ResubmittedAnswers }
  | { action: "approve"; at: Date; by: StaffActor }
  | { action: "reject"; at: Date; by: StaffActor; message: string }

export interface PlannedApplication {
  answers: HistoryApplicant
  /** The demo producer whose shop this approval opened; null when approval opens a new shop. */
  producer: string | null
  submitted_at: Date
  /** What happened to it after she sent it, in order. */
  steps: PlannedStep[]
}

export interface PlannedLine {
  /** The product's handle. */
  product: string
  /** Which of its variants, by position. */
  variant: number
  quantity: number
}

/** One producer's part of an order and when she moved it; null: not yet. */
export interface PlannedPart {
  producer: string
  prepared_at: Date | null
  shipped_at: Date | null
  delivered_at: Date | null
  carrier: string
  tracking_number: string
}

export interface PlannedRefund {
  /** Main units of the order's currency. */
  amount: number
  at: Date
  note: string
}

export interface PlannedOrder {
  placed_at: Date
  /** The demo shopper's account, or a guest with her address. */
  shopper: { registered: true } | { registered: false; guest: HistoryShopper }
  currency: "try" | "eur"
  payment: "cash_on_delivery" | "bank_transfer"
  lines: PlannedLine[]
  /** One per producer in `lines`, in the order they first appear. */
  parts: PlannedPart[]
  /** When the money was recorded (bank transfer on the statement, cash from the courier). */
  paid_at: Date | null
  refund: PlannedRefund | null
}

/** A monthly payout batch: confirmed early in the next month, paid two days later. */
export interface PlannedPayout {
  period_start: Date
  /** The last moment of the month. */
  period_end: Date
  confirmed_at: Date
  paid_at: Date
}

export interface DemoHistoryPlan {
  /** The first day of the history: the first of the month eleven months back. */
  start: Date
  /** The UTC midnight of the day it was planned for; every date in the plan is before it. */
  today: Date
  applications: PlannedApplication[]
  orders: PlannedOrder[]
  payouts: PlannedPayout[]
}

/** Mulberry32: a small, fast, seeded generator; good enough to scatter demo orders. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number

const between = (random: Random, min: number, max: number) => min + random() * (max - min)
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]

function pickWeighted<T>(random: Random, list: readonly T[], weight: (item: T) => number): T {
  const total = list.reduce((sum, item) => sum + weight(item), 0)
  let left = random() * total
  for (const item of list) {
    left -= weight(item)
    if (left < 0) {
      return item
    }
  }
  return list[list.length - 1]
}

const utcMidnight = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS)
const monthStart = (start: Date, offset: number) =>
  new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, 1))
const daysInMonth = (month: Date) =>
  new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate()

/** Day `day` (1-based) of the history's month `offset`, at `hour` UTC. */
function onDay(start: Date, offset: number, day: number, hour: number): Date {
  const month = monthStart(start, offset)
  const clamped = Math.min(day, daysInMonth(month))
  return new Date(month.getTime() + (clamped - 1) * DAY_MS + hour * HOUR_MS)
}

/** Mother's Day in Turkey: the second Sunday of May. */
export function mothersDay(year: number): Date {
  const first = new Date(Date.UTC(year, 4, 1))
  const firstSunday = 1 + ((7 - first.getUTCDay()) % 7)
  return new Date(Date.UTC(year, 4, firstSunday + 7))
}

const reason = (label: string, locale: HistoryApplicant["locale"]) => {
  const template = DEFAULT_REASON_TEMPLATES.find((candidate) => candidate.label === label)
  return template?.message[locale] ?? template?.message.en ?? label
}

/**
 * When each demo producer applied (month of the history, day, hour UTC) and how many days staff
 * took: the oldest shops opened in the first weeks, the newest two thirds of the way through.
 */
const DEMO_PRODUCER_SCHEDULE: {
  handle: string
  month: number
  day: number
  decidedAfterDays: number
  changesAsked?: boolean
}[] = [
  { handle: "ayse-oya", month: 0, day: 1, decidedAfterDays: 3 },
  { handle: "zehra-kece", month: 0, day: 8, decidedAfterDays: 5 },
  { handle: "emine-bakir", month: 1, day: 3, decidedAfterDays: 6 },
  { handle: "hatice-cini", month: 1, day: 19, decidedAfterDays: 4 },
  { handle: "gulsum-sepet", month: 3, day: 6, decidedAfterDays: 12, changesAsked: true },
  { handle: "fatemeh-qali", month: 4, day: 11, decidedAfterDays: 7 },
  { handle: "maryam-torshi", month: 6, day: 4, decidedAfterDays: 3 },
  { handle: "sakine-suzandozi", month: 8, day: 14, decidedAfterDays: 5 },
]

/** The other applicants: when each applied and what staff decided. */
const APPLICANT_SCHEDULE: {
  key: keyof typeof HISTORY_APPLICANTS
  /** Month of the history and day; or days before today for the recent ones. */
  when: { month: number; day: number } | { daysAgo: number }
  outcome: "approve" | "reject" | "changes" | "changes_then_approve" | "waiting" | "in_review"
  reasonLabel?: string
}[] = [
  { key: "derya", when: { month: 1, day: 12 }, outcome: "reject", reasonLabel: "El yapımı değil" },
  { key: "sultan", when: { month: 2, day: 10 }, outcome: "approve" },
  { key: "hacer", when: { month: 3, day: 18 }, outcome: "approve" },
  {
    key: "ayten",
    when: { month: 4, day: 2 },
    outcome: "reject",
    reasonLabel: "Bölge dışından",
  },
  { key: "masoumeh", when: { month: 5, day: 2 }, outcome: "approve" },
  { key: "filiz", when: { month: 6, day: 21 }, outcome: "approve" },
  { key: "serpil", when: { month: 7, day: 9 }, outcome: "reject", reasonLabel: "El yapımı değil" },
  {
    key: "gulay",
    when: { month: 8, day: 3 },
    outcome: "changes_then_approve",
    reasonLabel: "Biraz daha anlatın",
  },
  { key: "leyla", when: { month: 9, day: 14 }, outcome: "approve" },
  {
    key: "nasrin",
    when: { month: 9, day: 22 },
    outcome: "reject",
    reasonLabel: "Bölge dışından",
  },
  {
    key: "emel",
    when: { month: 9, day: 27 },
    outcome: "changes",
    reasonLabel: "Daha net fotoğraflar",
  },
  { key: "fariba", when: { month: 10, day: 6 }, outcome: "approve" },
  { key: "songul", when: { daysAgo: 24 }, outcome: "changes", reasonLabel: "Biraz daha anlatın" },
  { key: "zeynab", when: { daysAgo: 16 }, outcome: "changes", reasonLabel: "Biraz daha anlatın" },
  { key: "melek", when: { daysAgo: 9 }, outcome: "in_review" },
  { key: "tuba", when: { daysAgo: 5 }, outcome: "waiting" },
  { key: "aysel", when: { daysAgo: 2 }, outcome: "waiting" },
]

/** What Gülay and Gülsüm wrote the second time, after staff asked. */
const RESUBMITTED_STORIES: Record<string, ResubmittedAnswers> = {
  gulay: {
    story:
      "KEÇMEK'te kanaviçe kursunu bitirdim. Masa örtüsü, yastık kılıfı ve tablo işliyorum; bir örtü iki haftamı alıyor. Desenleri annemin sandığındaki eski örtülerden çıkarıyorum.",
  },
  "gulsum-sepet": {
    story:
      "İZMEK'te sepet örmeyi öğrendim. Söğüt dallarını Sapanca'dan kendim topluyor, ıslatıp örüyorum; bir pazar sepeti iki günümü alıyor. Çınar Kadın Kooperatifi'yle Anıtpark'taki stantta satıyoruz.",
  },
}

function planApplications(start: Date, today: Date, random: Random): PlannedApplication[] {
  const hour = () => Math.round(between(random, 6, 17))
  const staff = (): StaffActor => (random() < 0.6 ? "reviewer" : "administrator")
  const planned: PlannedApplication[] = []

  for (const entry of DEMO_PRODUCER_SCHEDULE) {
    const producer = DEMO_PRODUCERS.find((candidate) => candidate.handle === entry.handle)
    const applicant = DEMO_PRODUCER_APPLICANTS[entry.handle]
    if (!producer || !applicant) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The history plans an application for an unknown producer ${entry.handle}`
      )
    }
    const answers: HistoryApplicant = {
      ...applicant,
      story: producer.story[applicant.locale] ?? producer.story.tr ?? "",
    }
    const submitted_at = onDay(start, entry.month, entry.day, hour())
    const by = staff()
    const steps: PlannedStep[] = [
      { action: "assign", at: new Date(submitted_at.getTime() + 20 * HOUR_MS), by },
    ]
    if (entry.changesAsked) {
      steps.push(
        {
          action: "request_changes",
          at: addDays(submitted_at, 2),
          by,
          message: reason("Biraz daha anlatın", applicant.locale),
        },
        {
          action: "resubmit",
          at: addDays(submitted_at, 6),
          answers: RESUBMITTED_STORIES[entry.handle] ?? {},
        }
      )
    }
    steps.push({ action: "approve", at: addDays(submitted_at, entry.decidedAfterDays), by })
    planned.push({ answers, producer: entry.handle, submitted_at, steps })
  }

  for (const entry of APPLICANT_SCHEDULE) {
    const answers = HISTORY_APPLICANTS[entry.key]
    const submitted_at =
      "daysAgo" in entry.when
        ? new Date(addDays(today, -entry.when.daysAgo).getTime() + hour() * HOUR_MS)
        : onDay(start, entry.when.month, entry.when.day, hour())
    const by = staff()
    const decided = addDays(submitted_at, Math.round(between(random, 2, 8)))
    const message = reason(entry.reasonLabel ?? "", answers.locale)
    const steps: PlannedStep[] = []
    switch (entry.outcome) {
      case "approve":
        steps.push({ action: "assign", at: addDays(submitted_at, 1), by })
        steps.push({ action: "approve", at: decided, by })
        break
      case "reject":
        steps.push({ action: "reject", at: decided, by, message })
        break
      case "changes":
        steps.push({ action: "request_changes", at: addDays(submitted_at, 2), by, message })
        break
      case "changes_then_approve":
        steps.push(
          { action: "request_changes", at: addDays(submitted_at, 2), by, message },
          {
            action: "resubmit",
            at: addDays(submitted_at, 5),
            answers: RESUBMITTED_STORIES[entry.key] ?? {},
          },
          { action: "approve", at: addDays(submitted_at, 9), by }
        )
        break
      case "in_review":
        steps.push({ action: "assign", at: addDays(submitted_at, 1), by: "reviewer" })
        break
      case "waiting":
        break
    }
    planned.push({ answers, producer: null, submitted_at, steps })
  }
  return planned.sort((a, b) => a.submitted_at.getTime() - b.submitted_at.getTime())
}

/** When each demo producer's shop opened: her approval in the plan. */
export function shopOpenings(applications: PlannedApplication[]): Map<string, Date> {
  const openings = new Map<string, Date>()
  for (const application of applications) {
    const approval = application.steps.find((step) => step.action === "approve")
    if (application.producer && approval) {
      openings.set(application.producer, approval.at)
    }
  }
  return openings
}

/**
 * How many orders each month of the history gets: growing as shops open and word spreads, more
 * in December (New Year gifts) and May (Mother's Day), the current month only for its days so far.
 */
export function monthlyOrderCounts(start: Date, today: Date, total = TARGET_ORDERS): number[] {
  const weights = Array.from({ length: 12 }, (_, offset) => {
    const month = monthStart(start, offset)
    const calendarMonth = month.getUTCMonth()
    const seasonal = calendarMonth === 11 ? 1.6 : calendarMonth === 4 ? 1.5 : 1
    const elapsed =
      offset === 11
        ? Math.max(0, (today.getTime() - month.getTime()) / DAY_MS - 1) / daysInMonth(month)
        : 1
    return (4 + 1.25 * offset) * seasonal * elapsed
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  return weights.map((weight) => Math.max(1, Math.round((weight / sum) * total)))
}

/** The day of the month an order comes in: gift months crowd towards their holiday. */
function orderDay(random: Random, month: Date, lastDay: number): number {
  const calendarMonth = month.getUTCMonth()
  if (calendarMonth === 11 && random() < 0.6) {
    return Math.min(lastDay, Math.floor(between(random, 12, 31)))
  }
  if (calendarMonth === 4 && random() < 0.55) {
    const holiday = mothersDay(month.getUTCFullYear()).getUTCDate()
    return Math.max(1, Math.min(lastDay, Math.floor(between(random, holiday - 12, holiday - 1))))
  }
  return 1 + Math.floor(random() * lastDay)
}

/** How much shoppers want a product: the small, cheap pieces sell most. */
const popularity = (product: DemoProduct) => 1 / Math.sqrt(product.priceTry)

const TURKISH_CARRIERS = ["PTT Kargo", "Aras Kargo", "Yurtiçi Kargo", "MNG Kargo"]

function trackingNumber(random: Random, carrier: string): string {
  const digits = Array.from({ length: 12 }, () => Math.floor(random() * 10)).join("")
  return carrier === "PTT EMS" ? `EE${digits.slice(0, 9)}TR` : digits
}

/**
 * When she prepares, ships and the parcel arrives. Made-to-order pieces wait for their making;
 * parcels abroad take longer. Steps that would fall today or later have not happened yet; orders
 * of the last two weeks are not delivered yet.
 */
function planPart(
  random: Random,
  producer: string,
  products: DemoProduct[],
  placed_at: Date,
  currency: "try" | "eur",
  today: Date
): PlannedPart {
  const makingDays = Math.max(0, ...products.map((product) => product.madeToOrderDays ?? 0))
  const prepared = new Date(placed_at.getTime() + between(random, 3, 20) * HOUR_MS)
  const shipped = new Date(
    placed_at.getTime() +
      (makingDays ? makingDays * between(random, 0.6, 0.9) : between(random, 1, 3)) * DAY_MS
  )
  const delivered = new Date(
    shipped.getTime() +
      (currency === "eur" ? between(random, 5, 9) : between(random, 1.5, 4)) * DAY_MS
  )
  const open = placed_at.getTime() >= addDays(today, -OPEN_ORDER_DAYS).getTime()
  const happened = (date: Date) => (date.getTime() < today.getTime() - HOUR_MS ? date : null)
  const carrier = currency === "eur" ? "PTT EMS" : pick(random, TURKISH_CARRIERS)
  const prepared_at = happened(prepared)
  const shipped_at = prepared_at ? happened(shipped) : null
  const delivered_at = shipped_at && !open ? happened(delivered) : null
  return {
    producer,
    prepared_at,
    shipped_at,
    delivered_at,
    carrier,
    tracking_number: trackingNumber(random, carrier),
  }
}

const REFUND_NOTES = [
  "Kargoda bir parça kırılmış; o parçanın bedeli iade edildi.",
  "Renk fotoğraftakinden farklı geldi; alıcı ürünü tuttu, kısmi iade yapıldı.",
  "Bir parça eksik gönderildi; eksik parçanın bedeli iade edildi.",
]

function planOrders(
  start: Date,
  today: Date,
  openings: Map<string, Date>,
  random: Random
): PlannedOrder[] {
  const counts = monthlyOrderCounts(start, today)
  const orders: PlannedOrder[] = []
  const sellable = DEMO_PRODUCTS.filter((product) => openings.has(product.producer))

  counts.forEach((count, offset) => {
    const month = monthStart(start, offset)
    const lastDay =
      offset === 11
        ? Math.max(1, Math.round((today.getTime() - month.getTime()) / DAY_MS))
        : daysInMonth(month)
    for (let n = 0; n < count; n++) {
      // A day on which at least one shop had been open a day; in the first weeks, only hers.
      let placed_at = new Date(0)
      let available: DemoProduct[] = []
      for (let attempt = 0; !available.length && attempt < 50; attempt++) {
        const day = orderDay(random, month, lastDay)
        placed_at = new Date(
          month.getTime() + (day - 1) * DAY_MS + between(random, 7, 20.5) * HOUR_MS
        )
        available = sellable.filter(
          (product) =>
            placed_at.getTime() - (openings.get(product.producer)?.getTime() ?? Infinity) >= DAY_MS
        )
      }
      if (!available.length || placed_at >= today) {
        continue
      }
      const registered = random() < REGISTERED_SHARE
      const currency = !registered && random() < EURO_SHARE ? "eur" : "try"
      const guest =
        currency === "eur" ? pick(random, EUROPEAN_GUESTS) : pick(random, TURKISH_GUESTS)

      // Most buy one piece; some two, a few three.
      const lineCount = random() < 0.7 ? 1 : random() < 0.85 ? 2 : 3
      const lines: PlannedLine[] = []
      for (let l = 0; l < lineCount; l++) {
        const previous = lines[lines.length - 1]
        const previousMaker = previous
          ? DEMO_PRODUCTS.find((product) => product.handle === previous.product)?.producer
          : undefined
        // A second piece is as often from the same maker as from another.
        const pool =
          previousMaker && random() < 0.5
            ? available.filter((product) => product.producer === previousMaker)
            : available
        const candidates = pool.filter(
          (product) => !lines.some((line) => line.product === product.handle)
        )
        if (!candidates.length) {
          break
        }
        const product = pickWeighted(random, candidates, popularity)
        const variants = product.options?.values.length ?? 1
        lines.push({
          product: product.handle,
          variant: Math.floor(random() * variants),
          quantity: product.priceTry < 400 && random() < 0.3 ? 2 : 1,
        })
      }

      const makers = [...new Set(lines.map((line) => productOf(line).producer))]
      const parts = makers.map((maker) =>
        planPart(
          random,
          maker,
          lines.map(productOf).filter((product) => product.producer === maker),
          placed_at,
          currency,
          today
        )
      )
      const payment =
        currency === "eur" || random() < 0.45
          ? ("bank_transfer" as const)
          : ("cash_on_delivery" as const)
      orders.push({
        placed_at,
        shopper: registered ? { registered: true } : { registered: false, guest },
        currency,
        payment,
        lines,
        parts,
        paid_at: paidAt(random, payment, placed_at, parts, today),
        refund: null,
      })
    }
  })
  orders.sort((a, b) => a.placed_at.getTime() - b.placed_at.getTime())
  planRefunds(random, orders, today)
  return orders
}

function productOf(line: PlannedLine): DemoProduct {
  const product = DEMO_PRODUCTS.find((candidate) => candidate.handle === line.product)
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The history plans an order of an unknown product ${line.product}`
    )
  }
  return product
}

/**
 * A bank transfer shows on the statement within a day or so; a courier hands over the cash of a
 * delivery a few days later, once every part has arrived. Not yet, when that is still to come.
 */
function paidAt(
  random: Random,
  payment: PlannedOrder["payment"],
  placed_at: Date,
  parts: PlannedPart[],
  today: Date
): Date | null {
  let paid: Date
  if (payment === "bank_transfer") {
    paid = new Date(placed_at.getTime() + between(random, 3, 30) * HOUR_MS)
  } else {
    const deliveries = parts.map((part) => part.delivered_at)
    if (deliveries.some((date) => !date)) {
      return null
    }
    const last = Math.max(...deliveries.map((date) => date?.getTime() ?? 0))
    paid = new Date(last + between(random, 1, 4) * DAY_MS)
  }
  return paid.getTime() < today.getTime() - HOUR_MS ? paid : null
}

/** Three partial refunds, spread over the year: a piece broken, a colour off, a piece missing. */
function planRefunds(random: Random, orders: PlannedOrder[], today: Date) {
  const eligible = orders.filter(
    (order) =>
      order.currency === "try" &&
      order.paid_at &&
      order.parts.length === 1 &&
      order.parts[0].delivered_at &&
      order.placed_at.getTime() < addDays(today, -30).getTime()
  )
  for (const [index, position] of [0.3, 0.6, 0.85].entries()) {
    const order = eligible[Math.floor(position * eligible.length)]
    if (!order || order.refund) {
      continue
    }
    const line = order.lines[0]
    const product = productOf(line)
    // One piece of two back, else a third of the piece kept with its flaw; whole lira, tens.
    const amount =
      line.quantity > 1
        ? product.priceTry
        : Math.max(10, Math.round((product.priceTry * 0.3) / 10) * 10)
    const after = Math.max(
      order.paid_at?.getTime() ?? 0,
      order.parts[0].delivered_at?.getTime() ?? 0
    )
    order.refund = {
      amount,
      at: new Date(after + between(random, 1, 4) * DAY_MS),
      note: REFUND_NOTES[index],
    }
  }
}

/**
 * A batch for every month whose payday (the 5th of the next month) has passed and in which a
 * producer with an IBAN had a delivery: confirmed on the 3rd, marked paid on the 5th.
 */
function planPayouts(
  start: Date,
  today: Date,
  orders: PlannedOrder[],
  paidProducers: Set<string>
): PlannedPayout[] {
  const payouts: PlannedPayout[] = []
  for (let offset = 0; offset < 12; offset++) {
    const period_start = monthStart(start, offset)
    const next = monthStart(start, offset + 1)
    const paid_at = new Date(next.getTime() + 4 * DAY_MS + 11 * HOUR_MS)
    if (paid_at.getTime() >= today.getTime()) {
      break
    }
    const delivered = orders.some((order) =>
      order.parts.some(
        (part) =>
          paidProducers.has(part.producer) &&
          part.delivered_at &&
          part.delivered_at >= period_start &&
          part.delivered_at < next
      )
    )
    if (delivered) {
      payouts.push({
        period_start,
        period_end: new Date(next.getTime() - 1),
        confirmed_at: new Date(next.getTime() + 2 * DAY_MS + 9 * HOUR_MS),
        paid_at,
      })
    }
  }
  return payouts
}

/**
 * The year up to `now`, the same for every moment of one UTC day. `paidProducers` are the shops
 * with an IBAN, the only ones a payout batch pays.
 */
export function planDemoHistory(
  now: Date,
  paidProducers: Set<string> = new Set(
    DEMO_PRODUCERS.filter((producer) => producer.payoutAccount).map((producer) => producer.handle)
  )
): DemoHistoryPlan {
  const today = utcMidnight(now)
  const start = monthStart(today, -11)
  // One seed for the applications and one for the orders, so that changing one leaves the other.
  const applications = planApplications(start, today, seededRandom(20251201))
  const orders = planOrders(start, today, shopOpenings(applications), seededRandom(20260510))
  return {
    start,
    today,
    applications,
    orders,
    payouts: planPayouts(start, today, orders, paidProducers),
  }
}
