import type { BigNumberInput, Context, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  refundPaymentWorkflow,
  updateInventoryLevelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { PRODUCER_APPLICATION_MODULE } from "../modules/producer-application"
import type ProducerApplicationModuleService from "../modules/producer-application/service"
import { PRODUCER_LEDGER_MODULE } from "../modules/producer-ledger"
import type ProducerLedgerModuleService from "../modules/producer-ledger/service"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
} from "../modules/payment-offline/methods"
import { cooperativeDayOf, DEFAULT_COOPERATIVE_TIME_ZONE } from "../utils/cooperative-calendar"
import { createCommissionRuleWorkflow } from "../workflows/commission/workflows/create-commission-rule"
import { recordPaymentReceiptWorkflow } from "../workflows/payment-reconciliation/workflows/record-payment-receipt"
import {
  transitionApplicationStep,
  type TransitionApplicationInput,
} from "../workflows/producer-application/steps/transition-application"
import { approveProducerApplicationWorkflow } from "../workflows/producer-application/workflows/approve-producer-application"
import { assignProducerApplicationWorkflow } from "../workflows/producer-application/workflows/assign-producer-application"
import { rejectProducerApplicationWorkflow } from "../workflows/producer-application/workflows/reject-producer-application"
import { requestChangesProducerApplicationWorkflow } from "../workflows/producer-application/workflows/request-changes-producer-application"
import { resubmitProducerApplicationWorkflow } from "../workflows/producer-application/workflows/resubmit-producer-application"
import { submitProducerApplicationWorkflow } from "../workflows/producer-application/workflows/submit-producer-application"
import { bookOrderRefundsWorkflow } from "../workflows/producer-ledger/workflows/book-order-refunds"
import { bookProducerEarningsWorkflow } from "../workflows/producer-ledger/workflows/book-producer-earnings"
import { confirmPayoutBatchWorkflow } from "../workflows/producer-ledger/workflows/confirm-payout-batch"
import { settlePayoutBatchWorkflow } from "../workflows/producer-ledger/workflows/settle-payout-batch"
import { moveProducerOrderWorkflow } from "../workflows/producer-order/workflows/move-producer-order"
import { splitOrderByProducerWorkflow } from "../workflows/producer-order/workflows/split-order-by-producer"
import { DEMO_SHOPPER_ADDRESS, type HistoryShopper } from "./demo-data/history-people"
import {
  planDemoHistory,
  type DemoHistoryPlan,
  type PlannedApplication,
  type PlannedOrder,
  type StaffActor,
} from "./demo-data/history"
import { DEMO_PRODUCTS } from "./demo-data/products"

/*
 * Plays the demo's planned year (demo-data/history.ts) through the marketplace's own workflows,
 * as staff, shoppers and producers would have, then dates each record to the day the plan says.
 *
 * Two departures from a live marketplace, both on purpose:
 * - The history is quiet. Every workflow runs with its events held back and then dropped, so
 *   nobody is mailed today about an order from last spring, no invitation goes out for a shop
 *   opened months ago, and no subscriber races the seed to split an order. What the subscribers
 *   would have done (split the order, book her earnings, book a refund's reversals) the seed does
 *   by running the same workflows itself.
 * - The dates. Where a workflow takes the moment something happened (submitting, shipping,
 *   delivering, money received), it is given the history's; the moments workflows stamp on
 *   records themselves are written over afterwards (see `dateRecords`).
 */

/** Store metadata that says the history is there, with the day it was planned for. */
export const DEMO_HISTORY_FLAG = "imece_demo_history"

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS
const CURRENCY_OF_REGION = { try: "Türkiye", eur: "Europe" } as const
const SHIPPING_OPTION_OF = { try: "Standart kargo", eur: "International shipping" } as const

export interface DemoHistoryContext {
  salesChannelId: string
  stockLocationId: string
  staffEmail: string
  reviewerEmail: string
  shopperEmail: string
}

/** Who and what the history refers to, looked up once. */
interface Cast {
  salesChannelId: string
  staff: Record<StaffActor, string>
  shopperId: string
  regionIds: Record<"try" | "eur", string>
  shippingOptionIds: Record<"try" | "eur", string>
  /** By SKU. */
  variants: Map<string, { id: string; inventoryItemId: string | null }>
  producerIds: Map<string, string>
}

/** What the seed remembers of each record to date it afterwards. */
interface Dates {
  applications: { id: string; created_at: Date }[]
  applicationEvents: { applicationId: string; action: string; at: Date }[]
  producers: { id: string; created_at: Date }[]
  orders: {
    orderId: string
    placedAt: Date
    paymentId: string
    paymentCollectionId: string
    paidAt: Date | null
    refundAt: Date | null
    customerId: string | null
  }[]
  parts: { id: string; created_at: Date }[]
  receipts: { paymentId: string; recorded_at: Date }[]
}

/**
 * The demo producers' shops exist before their applications are written into the history (the
 * seed makes them with their products), so approving one of those applications links it to her
 * shop instead of opening a second one: the same transition and link as approval, without the
 * new shop and login `approveProducerApplicationWorkflow` makes.
 */
export const linkDemoApplicationWorkflowId = "link-demo-application"

export const linkDemoApplicationWorkflow = createWorkflow(
  linkDemoApplicationWorkflowId,
  (input: Omit<TransitionApplicationInput, "action"> & { producer_id: string }) => {
    const application = transitionApplicationStep(
      transform({ input }, ({ input: { producer_id: _producer, ...rest } }) => ({
        ...rest,
        action: "approve" as const,
      }))
    )
    createRemoteLinkStep(
      transform({ application, input }, ({ application, input }) => [
        {
          [PRODUCER_APPLICATION_MODULE]: { producer_application_id: application.id },
          [PRODUCER_MODULE]: { producer_id: input.producer_id },
        },
      ])
    )
    return new WorkflowResponse(application)
  }
)

/**
 * Adds the demo's past year once: applications and staff decisions, orders and their parcels,
 * payments, refunds and payout batches. A store flag marks it done; a database where it was
 * begun and not finished is left alone (with a warning) rather than given a second half-year.
 */
export async function ensureDemoHistory(
  container: MedusaContainer,
  context: DemoHistoryContext,
  /** The year up to today unless given: a test plays a slice of it. */
  plan: DemoHistoryPlan = planDemoHistory(new Date())
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (store.metadata?.[DEMO_HISTORY_FLAG]) {
    return
  }
  const applications: ProducerApplicationModuleService = container.resolve(
    PRODUCER_APPLICATION_MODULE
  )
  const [begun] = await applications.listProducerApplications(
    { email: plan.applications[0].answers.email },
    { take: 1 }
  )
  if (begun) {
    logger.warn(
      "The demo history was begun on an earlier run and not finished; it is not added again. " +
        "Start from an empty database (a new IMECE_DATA_DIR) for the whole year."
    )
    return
  }

  const started = Date.now()
  logger.info(
    `Adding a year of history: ${plan.applications.length} applications, ${plan.orders.length} orders…`
  )
  const cast = await lookUpCast(container, context)
  const dates: Dates = {
    applications: [],
    applicationEvents: [],
    producers: [],
    orders: [],
    parts: [],
    receipts: [],
  }
  await setCommissionRules(container, plan, cast)
  const restoreStock = await setAsideStock(container, plan, cast, context.stockLocationId)

  for (const [index, application] of plan.applications.entries()) {
    await quietly(container, `application-${index}`, (quiet) =>
      playApplication(container, application, cast, dates, quiet)
    )
  }
  await playOrders(container, plan.orders, cast, dates)
  await restoreStock()
  await dateRecords(container, cast, dates)
  await payOut(container, plan, cast)

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        metadata: { ...store.metadata, [DEMO_HISTORY_FLAG]: plan.today.toISOString() },
      },
    },
  })
  logger.info(`Added the year of history in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

/** The demo cooperative's commission, in force from the history's first day. */
const DEMO_COMMISSION_BPS = 800
/** Home-made food sells for little over its ingredients, so the demo charges it less. */
const DEMO_FOOD_COMMISSION_BPS = 500

/**
 * The rules the administrator set when the year began, given that day as the moment she added
 * them, so every order of the year is charged as it would have been.
 */
async function setCommissionRules(container: MedusaContainer, plan: DemoHistoryPlan, cast: Cast) {
  const [food] = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle: "food" }, { select: ["id"] })
  const valid_from = cooperativeDayOf(plan.start, DEFAULT_COOPERATIVE_TIME_ZONE)
  const rules = [
    { scope: "cooperative" as const, rate_bps: DEMO_COMMISSION_BPS },
    ...(food
      ? [{ scope: "category" as const, target_id: food.id, rate_bps: DEMO_FOOD_COMMISSION_BPS }]
      : []),
  ]
  for (const rule of rules) {
    await createCommissionRuleWorkflow(container).run({
      input: { ...rule, valid_from, created_by: cast.staff.administrator, now: plan.start },
    })
  }
}

/**
 * Runs `work` with a context whose events are held back, then drops them: see the top of the file.
 */
async function quietly<T>(
  container: MedusaContainer,
  key: string,
  work: (quiet: Context) => Promise<T>
): Promise<T> {
  const eventGroupId = `demo-history-${key}`
  try {
    return await work({ eventGroupId, preventReleaseEvents: true })
  } finally {
    await container.resolve(Modules.EVENT_BUS).clearGroupedEvents(eventGroupId)
  }
}

async function lookUpCast(container: MedusaContainer, context: DemoHistoryContext): Promise<Cast> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const userModule = container.resolve(Modules.USER)
  const userId = async (email: string) =>
    found((await userModule.listUsers({ email }))[0]?.id, `the staff login ${email}`)
  const [shopper] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: context.shopperEmail, has_account: true })
  const regions = await container
    .resolve(Modules.REGION)
    .listRegions({ name: { $in: Object.values(CURRENCY_OF_REGION) } })
  const regionId = (currency: "try" | "eur") =>
    found(
      regions.find((region) => region.name === CURRENCY_OF_REGION[currency])?.id,
      `the region ${CURRENCY_OF_REGION[currency]}`
    )
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
    filters: { name: Object.values(SHIPPING_OPTION_OF) },
  })
  const optionId = (currency: "try" | "eur") =>
    found(
      options.find((option) => option.name === SHIPPING_OPTION_OF[currency])?.id,
      `the shipping option ${SHIPPING_OPTION_OF[currency]}`
    )
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { sku: DEMO_PRODUCTS.flatMap(skusOf) },
  })
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const demoProducers = await producers.listProducers(
    { handle: [...new Set(DEMO_PRODUCTS.map((product) => product.producer))] },
    { select: ["id", "handle"] }
  )
  return {
    salesChannelId: context.salesChannelId,
    staff: {
      administrator: await userId(context.staffEmail),
      reviewer: await userId(context.reviewerEmail),
    },
    shopperId: found(shopper?.id, `the shopper ${context.shopperEmail}`),
    regionIds: { try: regionId("try"), eur: regionId("eur") },
    shippingOptionIds: { try: optionId("try"), eur: optionId("eur") },
    variants: new Map(
      variants.map((variant) => [
        variant.sku ?? "",
        {
          id: variant.id,
          inventoryItemId: variant.inventory_items?.[0]?.inventory_item_id ?? null,
        },
      ])
    ),
    producerIds: new Map(demoProducers.map((producer) => [producer.handle, producer.id])),
  }
}

/** The history plays on the demo the seed made just before; anything missing is a seed bug. */
function found(id: string | undefined, what: string): string {
  if (!id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The demo history needs ${what}, which the seed did not make.`
    )
  }
  return id
}

/** The SKUs the seed gives a product's variants, in the order of its option's values. */
function skusOf(product: (typeof DEMO_PRODUCTS)[number]): string[] {
  const count = product.options?.values.length ?? 1
  return Array.from({ length: count }, (_, index) => `${product.handle}-${index + 1}`)
}

/**
 * The year's orders must not use up today's stock, which the storefront (and its browser
 * tests) sell from: for the history the warehouse holds what the year sold on top of today's
 * stock, and afterwards each level is set back so that what is available is what it was
 * (pieces held for the orders still open are counted on top).
 */
async function setAsideStock(
  container: MedusaContainer,
  plan: DemoHistoryPlan,
  cast: Cast,
  locationId: string
): Promise<() => Promise<void>> {
  const sold = new Map<string, number>()
  for (const order of plan.orders) {
    for (const line of order.lines) {
      const itemId = variantOf(cast, line).inventoryItemId
      if (itemId) {
        sold.set(itemId, (sold.get(itemId) ?? 0) + line.quantity)
      }
    }
  }
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = async () =>
    inventory.listInventoryLevels({ inventory_item_id: [...sold.keys()], location_id: locationId })
  const before = await levels()
  await updateInventoryLevelsWorkflow(container).run({
    input: {
      updates: before.map((level) => ({
        inventory_item_id: level.inventory_item_id,
        location_id: locationId,
        stocked_quantity: level.stocked_quantity + (sold.get(level.inventory_item_id) ?? 0),
      })),
    },
  })
  return async () => {
    const after = new Map((await levels()).map((level) => [level.inventory_item_id, level]))
    await updateInventoryLevelsWorkflow(container).run({
      input: {
        updates: before.map((level) => ({
          inventory_item_id: level.inventory_item_id,
          location_id: locationId,
          stocked_quantity:
            level.stocked_quantity -
            level.reserved_quantity +
            (after.get(level.inventory_item_id)?.reserved_quantity ?? 0),
        })),
      },
    })
  }
}

async function playApplication(
  container: MedusaContainer,
  planned: PlannedApplication,
  cast: Cast,
  dates: Dates,
  quiet: Context
) {
  const { result: application } = await submitProducerApplicationWorkflow(container).run({
    input: { ...planned.answers, now: planned.submitted_at },
    context: quiet,
  })
  dates.applications.push({ id: application.id, created_at: planned.submitted_at })
  dates.applicationEvents.push({
    applicationId: application.id,
    action: "submit",
    at: planned.submitted_at,
  })
  for (const step of planned.steps) {
    const staff = { actor_type: "staff" as const, now: step.at }
    switch (step.action) {
      case "assign":
        await assignProducerApplicationWorkflow(container).run({
          input: {
            ...staff,
            id: application.id,
            actor_id: cast.staff[step.by],
            assigned_to: cast.staff[step.by],
          },
          context: quiet,
        })
        break
      case "request_changes":
        await requestChangesProducerApplicationWorkflow(container).run({
          input: {
            ...staff,
            id: application.id,
            actor_id: cast.staff[step.by],
            message: step.message,
          },
          context: quiet,
        })
        break
      case "reject":
        await rejectProducerApplicationWorkflow(container).run({
          input: {
            ...staff,
            id: application.id,
            actor_id: cast.staff[step.by],
            message: step.message,
          },
          context: quiet,
        })
        break
      case "resubmit":
        await resubmitProducerApplicationWorkflow(container).run({
          input: {
            id: application.id,
            actor_type: "applicant",
            answers: step.answers,
            now: step.at,
          },
          context: quiet,
        })
        break
      case "approve": {
        if (planned.producer) {
          const demoShop = found(
            cast.producerIds.get(planned.producer),
            `the demo producer ${planned.producer}`
          )
          await linkDemoApplicationWorkflow(container).run({
            input: {
              ...staff,
              id: application.id,
              actor_id: cast.staff[step.by],
              producer_id: demoShop,
            },
            context: quiet,
          })
          dates.producers.push({ id: demoShop, created_at: step.at })
        } else {
          const { result } = await approveProducerApplicationWorkflow(container).run({
            input: { ...staff, id: application.id, actor_id: cast.staff[step.by] },
            context: quiet,
          })
          dates.producers.push({ id: result.producer.id, created_at: step.at })
        }
        break
      }
    }
    dates.applicationEvents.push({
      applicationId: application.id,
      action: step.action,
      at: step.at,
    })
  }
}

function addressOf(shopper: Omit<HistoryShopper, "email">) {
  return {
    first_name: shopper.first_name,
    last_name: shopper.last_name,
    phone: shopper.phone,
    address_1: shopper.address_1,
    city: shopper.city,
    province: shopper.province ?? undefined,
    postal_code: shopper.postal_code,
    country_code: shopper.country_code,
  }
}

type PlacedPayment = { id: string; amount: BigNumberInput; data?: Record<string, unknown> | null }

/** An order as checkout left it: what its fulfilment needs. */
interface PlacedOrder {
  id: string
  paymentCollectionId: string
  payment: PlacedPayment
  customerId: string | null
  parts: { id: string; producer_id: string }[]
}

/** How many orders may be on their way (shipped, paid, refunded) while the next is placed. */
const ORDERS_IN_FLIGHT = 2

/**
 * Places the orders one after another, in the order of their dates, so that their numbers
 * follow the calendar; while one is placed, up to two earlier ones are fulfilled. The workflows
 * spend part of their time waiting for the database, which the other order's work fills (about
 * a tenth faster than one at a time). Two orders that share a piece of stock never run at once:
 * placing reserves it and shipping takes it off the shelf, and Medusa's inventory adjusts a
 * level by reading it and writing it back.
 */
async function playOrders(
  container: MedusaContainer,
  orders: PlannedOrder[],
  cast: Cast,
  dates: Dates
) {
  const inFlight = new Map<Promise<void>, Set<string>>()
  let failure: unknown = null
  for (const [index, planned] of orders.entries()) {
    const keys = new Set(
      planned.lines.map((line) => variantOf(cast, line).inventoryItemId ?? line.product)
    )
    const clashes = () =>
      [...inFlight.values()].some((held) => [...keys].some((key) => held.has(key)))
    while (inFlight.size && (inFlight.size >= ORDERS_IN_FLIGHT || clashes())) {
      await Promise.race(inFlight.keys())
    }
    if (failure) {
      break
    }
    const placed = await quietly(container, `order-${index}`, (quiet) =>
      placeOrder(container, planned, cast, quiet)
    )
    const fulfilled: Promise<void> = quietly(container, `fulfil-${index}`, (quiet) =>
      fulfilOrder(container, planned, placed, cast, dates, quiet)
    ).then(
      () => {
        inFlight.delete(fulfilled)
      },
      (error: unknown) => {
        failure ??= error
        inFlight.delete(fulfilled)
      }
    )
    inFlight.set(fulfilled, keys)
  }
  await Promise.all(inFlight.keys())
  if (failure) {
    throw failure
  }
}

function variantOf(cast: Cast, line: PlannedOrder["lines"][number]) {
  const variant = cast.variants.get(`${line.product}-${line.variant + 1}`)
  if (!variant) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `The demo product ${line.product} has no variant ${line.variant + 1}`
    )
  }
  return variant
}

/** A shopper's checkout: her cart, her parcel, her way to pay; then her makers' parts. */
async function placeOrder(
  container: MedusaContainer,
  planned: PlannedOrder,
  cast: Cast,
  quiet: Context
): Promise<PlacedOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const address = addressOf(
    planned.shopper.registered ? DEMO_SHOPPER_ADDRESS : planned.shopper.guest
  )
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: cast.regionIds[planned.currency],
      sales_channel_id: cast.salesChannelId,
      ...(planned.shopper.registered
        ? { customer_id: cast.shopperId }
        : { email: planned.shopper.guest.email }),
      shipping_address: address,
      billing_address: address,
      items: planned.lines.map((line) => ({
        variant_id: variantOf(cast, line).id,
        quantity: line.quantity,
      })),
    },
    context: quiet,
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: cast.shippingOptionIds[planned.currency] }] },
    context: quiet,
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
    context: quiet,
  })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: collection.id,
      provider_id:
        planned.payment === "bank_transfer"
          ? BANK_TRANSFER_PROVIDER_ID
          : CASH_ON_DELIVERY_PROVIDER_ID,
    },
    context: quiet,
  })
  const { result: order } = await completeCartWorkflow(container).run({
    input: { id: cart.id },
    context: quiet,
  })
  // What the order-placed subscriber does; its event is held back with the others.
  const { result: parts } = await splitOrderByProducerWorkflow(container).run({
    input: { order_id: order.id },
    context: quiet,
  })
  const {
    data: [placed],
  } = await query.graph({
    entity: "order",
    fields: [
      "customer_id",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
    ],
    filters: { id: order.id },
  })
  const payment = (placed.payment_collections ?? [])
    .flatMap(
      (candidate: { payments?: (PlacedPayment | null)[] | null } | null) =>
        candidate?.payments ?? []
    )
    .find(Boolean) as PlacedPayment | undefined
  if (!payment) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `The history's order ${order.id} has no payment`
    )
  }
  return {
    id: order.id,
    paymentCollectionId: collection.id,
    payment,
    customerId: placed.customer_id ?? null,
    parts: parts.map((part) => ({ id: part.id, producer_id: part.producer_id })),
  }
}

/**
 * Each part prepared, shipped and delivered on its day and her earning booked (what the
 * delivery subscriber does); the money recorded when it came; a refund and its reversals where
 * the plan has one.
 */
async function fulfilOrder(
  container: MedusaContainer,
  planned: PlannedOrder,
  order: PlacedOrder,
  cast: Cast,
  dates: Dates,
  quiet: Context
) {
  for (const plannedPart of planned.parts) {
    const part = order.parts.find(
      (candidate) => candidate.producer_id === cast.producerIds.get(plannedPart.producer)
    )
    if (!part) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The history's order ${order.id} has no part for ${plannedPart.producer}`
      )
    }
    dates.parts.push({ id: part.id, created_at: planned.placed_at })
    const moves = [
      { action: "prepare" as const, at: plannedPart.prepared_at },
      { action: "ship" as const, at: plannedPart.shipped_at },
      { action: "deliver" as const, at: plannedPart.delivered_at },
    ]
    for (const move of moves) {
      if (!move.at) {
        break
      }
      await moveProducerOrderWorkflow(container).run({
        input: {
          id: part.id,
          action: move.action,
          carrier: plannedPart.carrier,
          tracking_number: plannedPart.tracking_number,
          now: move.at,
        },
        context: quiet,
      })
    }
    if (plannedPart.delivered_at) {
      await bookProducerEarningsWorkflow(container).run({
        input: { producer_order_id: part.id },
        context: quiet,
      })
    }
  }

  const { payment } = order
  if (planned.paid_at) {
    const reference =
      typeof payment.data?.reference === "string"
        ? payment.data.reference
        : `${planned.parts[0]?.carrier ?? "Kargo"} ${planned.parts[0]?.tracking_number ?? ""}`.trim()
    await recordPaymentReceiptWorkflow(container).run({
      input: {
        payment_id: payment.id,
        amount: MathBN.convert(payment.amount).toNumber(),
        received_at: planned.paid_at,
        reference,
        recorded_by: cast.staff.administrator,
        now: new Date(),
      },
      context: quiet,
    })
    // Staff record it within the hour (the plan's money arrives an hour before today at the latest).
    dates.receipts.push({
      paymentId: payment.id,
      recorded_at: new Date(planned.paid_at.getTime() + HOUR_MS / 2),
    })
  }
  if (planned.refund) {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: payment.id,
        amount: planned.refund.amount,
        created_by: cast.staff.administrator,
        note: planned.refund.note,
      },
      context: quiet,
    })
    // What the refund subscriber does.
    await bookOrderRefundsWorkflow(container).run({
      input: { order_id: order.id },
      context: quiet,
    })
  }
  dates.orders.push({
    orderId: order.id,
    placedAt: planned.placed_at,
    paymentId: payment.id,
    paymentCollectionId: order.paymentCollectionId,
    paidAt: planned.paid_at,
    refundAt: planned.refund?.at ?? null,
    customerId: order.customerId,
  })
}

/**
 * Writes the history's dates over the moments the workflows ran. Some are right already: the
 * move workflow takes the day she shipped and delivered, earnings are available from delivery,
 * and submission and receipt dates come in the workflows' input. Dates a module's update takes
 * (a reversal's availability, a fulfillment's shipping) go through its service; `created_at`,
 * which no module's update takes (Medusa's or ours: the generated types leave it out), and
 * Medusa's payment dates are written with SQL, in one transaction.
 */
async function dateRecords(container: MedusaContainer, cast: Cast, dates: Dates) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
  const fulfillments = container.resolve(Modules.FULFILLMENT)

  const orderIds = dates.orders.map((order) => order.orderId)
  const { data: parts } = await query.graph({
    entity: "producer_order",
    fields: ["id", "order_id", "fulfillment_id", "shipped_at", "delivered_at"],
    filters: { order_id: orderIds },
  })
  const entries = await ledger.listLedgerEntries(
    { order_id: orderIds, kind: ["earning", "reversal"] },
    { select: ["id", "kind", "order_id", "producer_order_id"] }
  )
  const refundAt = new Map(
    dates.orders.flatMap((order) => (order.refundAt ? [[order.orderId, order.refundAt]] : []))
  )
  const reversals = entries.flatMap((entry) => {
    const at = entry.kind === "reversal" ? refundAt.get(entry.order_id ?? "") : undefined
    return at ? [{ id: entry.id, available_at: at }] : []
  })
  if (reversals.length) {
    await ledger.updateLedgerEntries(reversals)
  }
  for (const part of parts) {
    if (part.fulfillment_id && part.shipped_at) {
      await fulfillments.updateFulfillment(part.fulfillment_id, {
        packed_at: new Date(part.shipped_at),
        shipped_at: new Date(part.shipped_at),
        delivered_at: part.delivered_at ? new Date(part.delivered_at) : null,
      })
    }
  }

  const applications: ProducerApplicationModuleService = container.resolve(
    PRODUCER_APPLICATION_MODULE
  )
  const events = await applications.listApplicationEvents(
    { application_id: dates.applications.map((application) => application.id) },
    { select: ["id", "action", "application_id"] }
  )
  const eventDates = new Map(
    dates.applicationEvents.map((event) => [`${event.applicationId}:${event.action}`, event.at])
  )
  const { data: receipts } = await query.graph({
    entity: "payment_receipt",
    fields: ["id", "payment_id"],
    filters: { payment_id: dates.receipts.map((receipt) => receipt.paymentId) },
  })
  const recordedAt = new Map(
    dates.receipts.map((receipt) => [receipt.paymentId, receipt.recorded_at])
  )
  const deliveredAt = new Map(parts.map((part) => [part.id, part.delivered_at]))
  const partDates = new Map(dates.parts.map((part) => [part.id, part.created_at]))
  const paid = dates.orders.filter((order) => order.paidAt)
  const refunded = dates.orders.filter((order) => order.refundAt)
  const created = (id: string, at: Date | string | null | undefined) =>
    at ? [{ id, created_at: new Date(at) }] : []

  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.transaction(async (trx) => {
    // Our modules.
    await setDates(trx, "producer_application", "id", dates.applications)
    await setDates(
      trx,
      "producer_application_event",
      "id",
      events.flatMap((event) =>
        created(event.id, eventDates.get(`${event.application_id}:${event.action}`))
      )
    )
    await setDates(trx, "producer", "id", dates.producers)
    await setDates(
      trx,
      "producer_order",
      "id",
      parts.flatMap((part) => created(part.id, partDates.get(part.id)))
    )
    await setDates(
      trx,
      "ledger_entry",
      "id",
      entries.flatMap((entry) =>
        created(
          entry.id,
          entry.kind === "earning"
            ? deliveredAt.get(entry.producer_order_id ?? "")
            : refundAt.get(entry.order_id ?? "")
        )
      )
    )
    await setDates(
      trx,
      "payment_receipt",
      "id",
      receipts.flatMap((receipt) => created(receipt.id, recordedAt.get(receipt.payment_id)))
    )

    // Medusa's.
    const placed = (order: Dates["orders"][number], id: string) => ({
      id,
      created_at: order.placedAt,
      updated_at: order.placedAt,
    })
    await setDates(
      trx,
      "order",
      "id",
      dates.orders.map((order) => placed(order, order.orderId))
    )
    await setDates(
      trx,
      "payment_collection",
      "id",
      dates.orders.map((order) => placed(order, order.paymentCollectionId))
    )
    await setDates(
      trx,
      "payment_session",
      "payment_collection_id",
      dates.orders.map((order) => ({
        ...placed(order, order.paymentCollectionId),
        authorized_at: order.placedAt,
      }))
    )
    await setDates(
      trx,
      "payment",
      "id",
      dates.orders.map((order) => placed(order, order.paymentId))
    )
    await setDates(
      trx,
      "payment",
      "id",
      paid.map((order) => ({ id: order.paymentId, captured_at: order.paidAt as Date }))
    )
    await setDates(
      trx,
      "capture",
      "payment_id",
      paid.map((order) => ({ id: order.paymentId, created_at: order.paidAt as Date }))
    )
    await setDates(
      trx,
      "order_transaction",
      "order_id",
      paid.map((order) => ({ id: order.orderId, created_at: order.paidAt as Date })),
      "capture"
    )
    await setDates(
      trx,
      "refund",
      "payment_id",
      refunded.map((order) => ({ id: order.paymentId, created_at: order.refundAt as Date }))
    )
    await setDates(
      trx,
      "order_transaction",
      "order_id",
      refunded.map((order) => ({ id: order.orderId, created_at: order.refundAt as Date })),
      "refund"
    )
    await setDates(
      trx,
      "fulfillment",
      "id",
      parts.flatMap((part) =>
        part.fulfillment_id ? created(part.fulfillment_id, part.shipped_at) : []
      )
    )
    // A guest's customer record came with her first order; the shopper's account a month before.
    const firstOrder = new Map<string, Date>()
    for (const order of dates.orders) {
      if (order.customerId && !firstOrder.has(order.customerId)) {
        firstOrder.set(order.customerId, order.placedAt)
      }
    }
    await setDates(
      trx,
      "customer",
      "id",
      [...firstOrder].map(([id, first]) => ({
        id,
        created_at: new Date(first.getTime() - (id === cast.shopperId ? 30 * DAY_MS : 0)),
      }))
    )
    // Her products were listed as her shop opened, a day or so apart.
    const handleOf = new Map([...cast.producerIds].map(([handle, id]) => [id, handle]))
    await setDates(
      trx,
      "product",
      "handle",
      dates.producers.flatMap((shop) =>
        DEMO_PRODUCTS.filter((product) => product.producer === handleOf.get(shop.id)).map(
          (product, index) => ({
            id: product.handle,
            created_at: new Date(shop.created_at.getTime() + (2 + index * 30) * HOUR_MS),
          })
        )
      )
    )
  })
}

/**
 * Sets date columns of many rows of one table in one statement: each row names the
 * value of `match` (its id, or the id it belongs to) and the dates to write; `reference` narrows
 * order transactions to captures or refunds.
 */
async function setDates(
  trx: Knex.Transaction,
  table: string,
  match: string,
  rows: ({ id: string } & Record<string, Date | string>)[],
  reference?: "capture" | "refund"
) {
  if (!rows.length) {
    return
  }
  const columns = Object.keys(rows[0]).filter((column) => column !== "id")
  const tuple = `(?, ${columns.map(() => "?::timestamptz").join(", ")})`
  await trx.raw(
    `update "${table}" as t set ${columns.map((column) => `"${column}" = v."${column}"`).join(", ")}
     from (values ${rows.map(() => tuple).join(", ")}) as v(match, ${columns.map((column) => `"${column}"`).join(", ")})
     where t."${match}" = v.match${reference ? " and t.reference = ?" : ""}`,
    [
      ...rows.flatMap((row) => [row.id, ...columns.map((column) => row[column])]),
      ...(reference ? [reference] : []),
    ]
  )
}

/**
 * A batch for each month, confirmed and marked paid as staff did then, dated like the rest. Run
 * after the orders are dated, since a batch takes the earnings available by its period's end.
 */
async function payOut(container: MedusaContainer, plan: DemoHistoryPlan, cast: Cast) {
  const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  for (const [index, payout] of plan.payouts.entries()) {
    await quietly(container, `payout-${index}`, async (quiet) => {
      const { result: confirmed } = await confirmPayoutBatchWorkflow(container).run({
        input: {
          period_start: payout.period_start.toISOString(),
          period_end: payout.period_end.toISOString(),
          created_by: cast.staff.administrator,
        },
        context: quiet,
      })
      await settlePayoutBatchWorkflow(container).run({
        input: { id: confirmed.batchId, outcome: "paid", actor_id: cast.staff.administrator },
        context: quiet,
      })
      await ledger.updatePayoutBatches({ id: confirmed.batchId, paid_at: payout.paid_at })
      const sent = await ledger.listLedgerEntries(
        { payout_id: confirmed.payoutIds, kind: "payout" },
        { select: ["id"] }
      )
      await ledger.updateLedgerEntries(
        sent.map((entry) => ({ id: entry.id, available_at: payout.paid_at }))
      )
      await knex.transaction(async (trx) => {
        await setDates(trx, "payout_batch", "id", [
          { id: confirmed.batchId, created_at: payout.confirmed_at },
        ])
        await setDates(
          trx,
          "payout",
          "id",
          confirmed.payoutIds.map((id) => ({ id, created_at: payout.confirmed_at }))
        )
        await setDates(
          trx,
          "ledger_entry",
          "id",
          sent.map((entry) => ({ id: entry.id, created_at: payout.paid_at }))
        )
      })
    })
  }
}
