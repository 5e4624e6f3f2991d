import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  batchTranslationsWorkflow,
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { StaffRole } from "@imece/types"
import { CONTENT_LOCALE_TAGS, type ContentLocale } from "../utils/content-locale"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import { BANK_TRANSFER_PROVIDER_ID, CASH_ON_DELIVERY_PROVIDER_ID } from "../modules/payment-offline"
import { STRIPE_PROVIDER_ID } from "../modules/payment-stripe"
import type CooperativeModuleService from "../modules/cooperative/service"
import { createReasonTemplatesWorkflow } from "../workflows/cooperative/workflows/create-reason-templates"
import { setStaffRoleWorkflow } from "../workflows/cooperative/workflows/set-staff-role"
import { PRODUCER_APPLICATION_MODULE } from "../modules/producer-application"
import type ProducerApplicationModuleService from "../modules/producer-application/service"
import { PRODUCER_LEDGER_MODULE } from "../modules/producer-ledger"
import type ProducerLedgerModuleService from "../modules/producer-ledger/service"
import { submitProducerApplicationWorkflow } from "../workflows/producer-application/workflows/submit-producer-application"
import { changeProducerHandleWorkflow } from "../workflows/producer/workflows/change-producer-handle"
import { createProducersWorkflow } from "../workflows/producer/workflows/create-producers"
import { updateProducerProfileWorkflow } from "../workflows/producer/workflows/update-producer-profile"
import { DEMO_APPLICATIONS } from "./demo-data/applications"
import { DEMO_PRODUCERS, FORMER_DEMO_HANDLES, type DemoProducer } from "./demo-data/producers"
import { DEMO_CATEGORY_NAMES, DEMO_PRODUCT_WORDS } from "./demo-data/product-words"
import { DEMO_PRODUCTS, type DemoProduct } from "./demo-data/products"
import { DEFAULT_REASON_TEMPLATES } from "./demo-data/reason-templates"
import { renderAvatarSvg, renderProductSvg } from "./demo-data/images"
import { ensureDemoHistory } from "./seed-history"

/** Demo logins, printed by `npm start`. They exist only in the demo database. */
export const DEMO_LOGINS = {
  /** An administrator: she moderates and also edits the cooperative's settings. */
  staff: { email: "staff@imece.local", password: "imece-staff" },
  /** A reviewer: she moderates applications and producers, and changes no settings. */
  reviewer: { email: "reviewer@imece.local", password: "imece-reviewer" },
  shopper: { email: "shopper@imece.local", password: "imece-shopper" },
  /** The first demo producer's login to her shop manager. */
  producer: { email: "ayse@imece.local", password: "imece-producer" },
}

const PUBLISHABLE_KEY_TITLE = "Imece storefront"
const SALES_CHANNEL_NAME = "Default Sales Channel"
const STOCK_LOCATION_NAME = "Kooperatif deposu — Keçiören"
const FULFILLMENT_SET_NAME = "İmece kargo"
/** Each producer sends her own parcel; one parcel's rate per producer in the cart. */
const PARCEL_PER_PRODUCER = "per-producer_per-producer"

/** The demo shipping options and their kinds in the three languages, by the option's name. */
const SHIPPING_WORDS: Record<
  string,
  Record<ContentLocale, { name: string; label: string; description: string }>
> = {
  "Standart kargo": {
    tr: { name: "Standart kargo", label: "Standart", description: "2–4 iş günü" },
    fa: { name: "ارسال عادی", label: "عادی", description: "۲ تا ۴ روز کاری" },
    en: { name: "Standard shipping", label: "Standard", description: "2–4 working days" },
  },
  "International shipping": {
    tr: { name: "Uluslararası kargo", label: "Uluslararası", description: "5–10 gün" },
    fa: { name: "ارسال بین‌المللی", label: "بین‌المللی", description: "۵ تا ۱۰ روز" },
    en: { name: "International shipping", label: "International", description: "5–10 days" },
  },
}

const REGIONS = [
  { name: "Türkiye", currency_code: "try", countries: ["tr"] },
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl", "at", "be", "it", "es"] },
]

const CATEGORIES: Record<DemoProduct["category"], string> = {
  textiles: "Oya ve dantel",
  carpets: "Halı ve kilim",
  felt: "Keçe",
  copper: "Bakır",
  ceramics: "Seramik ve çini",
  food: "Ev yapımı lezzetler",
  embroidery: "Nakış",
  basketry: "Sepet örücülüğü",
}

export interface SeedResult {
  publishableKey: string
  staff: { email: string; password: string }
  reviewer: { email: string; password: string }
  shopper: { email: string; password: string }
  producer: { email: string; password: string }
  producers: number
  products: number
}

/**
 * Fills an empty marketplace with the demo cooperative: regions, a warehouse with stock,
 * shipping, producers with their products, and demo logins. Every part looks for what already
 * exists first, so running it again changes nothing.
 */
export default async function seedDemoData({ container, args }: ExecArgs): Promise<SeedResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const staticDir = process.env.IMECE_STATIC_DIR || path.join(process.cwd(), "static")

  logger.info("Seeding the demo cooperative…")
  const salesChannelId = await ensureSalesChannel(container)
  await ensureRegionsAndStore(container, salesChannelId)
  const stockLocationId = await ensureShipping(container, salesChannelId)
  await setDefaultWarehouse(container, stockLocationId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  const imageUrls = await writeDemoImages(staticDir, backendUrl)
  const products = await ensureProducts(container, {
    salesChannelId,
    stockLocationId,
    imageUrls,
  })
  const producers = await ensureProducers(container, products, imageUrls)
  await ensurePayoutAccounts(container)
  await ensureStaffMember(container, DEMO_LOGINS.staff, "administrator", ["Zeynep", "Kooperatif"])
  await ensureStaffMember(container, DEMO_LOGINS.reviewer, "reviewer", ["Hatice", "İnceleme"])
  await ensureReasonTemplates(container)
  await ensureShopper(container)
  await ensureProducerLogin(container)
  await ensureApplications(container)
  await ensureTranslations(container)
  if (withHistory(args)) {
    await ensureDemoHistory(container, {
      salesChannelId,
      stockLocationId,
      staffEmail: DEMO_LOGINS.staff.email,
      reviewerEmail: DEMO_LOGINS.reviewer.email,
      shopperEmail: DEMO_LOGINS.shopper.email,
    })
  }
  // `medusa exec` runs no subscribers, so product search reads the seeded shops here.
  await container.resolve(Modules.SEARCH).reindex({ index: ["product", "producer"] })

  const result: SeedResult = {
    publishableKey,
    ...DEMO_LOGINS,
    producers,
    products: Object.keys(products).length,
  }
  if (process.env.IMECE_SEED_OUTPUT) {
    await writeFile(process.env.IMECE_SEED_OUTPUT, JSON.stringify(result, null, 2))
  }
  logger.info(`Demo cooperative ready: ${result.producers} producers, ${result.products} products.`)
  return result
}

/**
 * The year of history (orders, applications, payouts) is left out with `--without-history`
 * (`medusa exec ./src/scripts/seed.ts --without-history`) or IMECE_DEMO_HISTORY=off: a quicker
 * seed for tests that need only the catalogue and the logins.
 */
function withHistory(args: string[] = []): boolean {
  return !args.includes("--without-history") && process.env.IMECE_DEMO_HISTORY !== "off"
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (existing) {
    return existing.id
  }
  const {
    result: [created],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
  })
  return created.id
}

async function ensureRegionsAndStore(
  container: MedusaContainer,
  salesChannelId: string
): Promise<Record<string, string>> {
  const regionModule = container.resolve(Modules.REGION)
  const storeModule = container.resolve(Modules.STORE)

  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "İmece",
        default_sales_channel_id: salesChannelId,
        supported_currencies: [
          { currency_code: "try", is_default: true },
          { currency_code: "eur" },
        ],
      },
    },
  })

  const existing = await regionModule.listRegions({
    name: { $in: REGIONS.map((region) => region.name) },
  })
  const missing = REGIONS.filter((region) => !existing.some((r) => r.name === region.name))
  const paymentProviders = await ensureRegionPaymentProviders(container, existing)
  if (missing.length) {
    const { result: created } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((region) => ({ ...region, payment_providers: paymentProviders })),
      },
    })
    existing.push(...created)
    await createTaxRegionsWorkflow(container).run({
      input: missing.flatMap((region) =>
        region.countries.map((country_code) => ({ country_code, provider_id: "tp_system" }))
      ),
    })
  }
  return Object.fromEntries(existing.map((region) => [region.name, region.id]))
}

/**
 * Shoppers pay by cash on delivery or bank transfer, and by card when Stripe is configured: every
 * method registered in medusa-config. Regions seeded before a method was added get it too.
 */
async function ensureRegionPaymentProviders(
  container: MedusaContainer,
  regions: { id: string }[]
): Promise<string[]> {
  const paymentModule = container.resolve(Modules.PAYMENT)
  const registered = await paymentModule.listPaymentProviders({
    id: [CASH_ON_DELIVERY_PROVIDER_ID, BANK_TRANSFER_PROVIDER_ID, STRIPE_PROVIDER_ID],
    is_enabled: true,
  })
  const providerIds = registered.map((provider) => provider.id).sort()
  if (!regions.length) {
    return providerIds
  }
  const { data: current } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regions.map((region) => region.id) },
  })
  for (const region of current) {
    const has: string[] = (region.payment_providers ?? []).flatMap(
      (provider: { id: string } | null) => (provider ? [provider.id] : [])
    )
    if (providerIds.some((id) => !has.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: region.id },
          update: { payment_providers: [...new Set([...has, ...providerIds])] },
        },
      })
    }
  }
  return providerIds
}

async function ensureShipping(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const [existingLocation] = await stockLocationModule.listStockLocations({
    name: STOCK_LOCATION_NAME,
  })
  if (existingLocation) {
    return existingLocation.id
  }

  const {
    result: [stockLocation],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION_NAME,
          address: { city: "Ankara", country_code: "TR", address_1: "Keçiören" },
        },
      ],
    },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: PARCEL_PER_PRODUCER },
  })

  const shippingProfileId = await ensureShippingProfile(container)
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: REGIONS.map((region) => ({
      name: region.name,
      geo_zones: region.countries.map((country_code) => ({
        country_code,
        type: "country" as const,
      })),
    })),
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const zoneId = (name: string) =>
    fulfillmentSet.service_zones.find((zone) => zone.name === name)?.id ?? ""
  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standart kargo",
        price_type: "calculated",
        provider_id: PARCEL_PER_PRODUCER,
        service_zone_id: zoneId("Türkiye"),
        shipping_profile_id: shippingProfileId,
        type: { label: "Standart", description: "2–4 iş günü", code: "standard" },
        data: { id: "parcel-per-producer", rates: { try: 90 } },
        rules: storeRules,
      },
      {
        name: "International shipping",
        price_type: "calculated",
        provider_id: PARCEL_PER_PRODUCER,
        service_zone_id: zoneId("Europe"),
        shipping_profile_id: shippingProfileId,
        type: { label: "International", description: "5–10 days", code: "international" },
        data: { id: "parcel-per-producer", rates: { eur: 25 } },
        rules: storeRules,
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannelId] },
  })
  return stockLocation.id
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const {
    result: [created],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return created.id
}

async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string
): Promise<string> {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeyModule.listApiKeys({
    title: PUBLISHABLE_KEY_TITLE,
    type: "publishable",
  })
  if (existing) {
    return existing.token
  }
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  return key.token
}

interface DemoImageUrls {
  product: (handle: string) => string
  avatar: (handle: string) => string
}

/** Images are drawn here, not downloaded: the demo runs offline. */
async function writeDemoImages(staticDir: string, backendUrl: string): Promise<DemoImageUrls> {
  const productsDir = path.join(staticDir, "demo", "products")
  const producersDir = path.join(staticDir, "demo", "producers")
  await mkdir(productsDir, { recursive: true })
  await mkdir(producersDir, { recursive: true })

  const palettes = new Map(DEMO_PRODUCERS.map((producer) => [producer.handle, producer.palette]))
  await Promise.all([
    ...DEMO_PRODUCTS.map((product) =>
      writeFile(
        path.join(productsDir, `${product.handle}.svg`),
        renderProductSvg(product, palettes.get(product.producer) ?? DEMO_PRODUCERS[0].palette)
      )
    ),
    ...DEMO_PRODUCERS.map((producer) =>
      writeFile(path.join(producersDir, `${producer.handle}.svg`), renderAvatarSvg(producer))
    ),
  ])

  return {
    product: (handle) => `${backendUrl}/static/demo/products/${handle}.svg`,
    avatar: (handle) => `${backendUrl}/static/demo/producers/${handle}.svg`,
  }
}

/** Producers' new products are stocked at the cooperative's warehouse. */
async function setDefaultWarehouse(container: MedusaContainer, stockLocationId: string) {
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_location_id: stockLocationId } },
  })
}

/** Returns the id of every demo product by handle, creating those that are missing. */
async function ensureProducts(
  container: MedusaContainer,
  context: { salesChannelId: string; stockLocationId: string; imageUrls: DemoImageUrls }
): Promise<Record<string, string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const handles = DEMO_PRODUCTS.map((product) => product.handle)
  const existing = await productModule.listProducts(
    { handle: handles },
    { select: ["id", "handle"] }
  )
  const ids: Record<string, string> = Object.fromEntries(
    existing.map((product) => [product.handle, product.id])
  )
  const missing = DEMO_PRODUCTS.filter((product) => !ids[product.handle])
  if (!missing.length) {
    return ids
  }

  const categoryIds = await ensureCategories(container)
  const shippingProfileId = await ensureShippingProfile(container)

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => {
        const option = product.options ?? { title: "Model", values: ["Standart"] }
        return {
          title: product.title,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: context.imageUrls.product(product.handle),
          images: [{ url: context.imageUrls.product(product.handle) }],
          weight: product.weightGrams,
          shipping_profile_id: shippingProfileId,
          category_ids: [categoryIds[product.category]],
          sales_channels: [{ id: context.salesChannelId }],
          material: product.materials.join(", "),
          metadata: {
            materials: product.materials,
            made_to_order_days: product.madeToOrderDays ?? null,
          },
          options: [{ title: option.title, values: option.values }],
          variants: option.values.map((value, index) => ({
            title: value,
            sku: `${product.handle}-${index + 1}`,
            options: { [option.title]: value },
            manage_inventory: true,
            // Made-to-order pieces are sewn or woven after the order, so they can be sold at 0.
            allow_backorder: Boolean(product.madeToOrderDays),
            prices: [
              { amount: product.priceTry, currency_code: "try" },
              { amount: product.priceEur, currency_code: "eur" },
            ],
          })),
        }
      }),
    },
  })

  const stockByHandle = new Map(missing.map((product) => [product.handle, product.stock]))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle", "inventory_items.inventory_item_id"],
    filters: { product_id: created.map((product) => product.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: (variants as DemoVariantInventory[]).flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: context.stockLocationId,
          inventory_item_id: item.inventory_item_id,
          stocked_quantity: stockByHandle.get(variant.product?.handle ?? "") ?? 0,
        }))
      ),
    },
  })

  for (const product of created) {
    ids[product.handle] = product.id
  }
  return ids
}

type DemoVariantInventory = {
  id: string
  product?: { handle: string } | null
  inventory_items?: { inventory_item_id: string }[] | null
}

async function ensureCategories(
  container: MedusaContainer
): Promise<Record<DemoProduct["category"], string>> {
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = Object.keys(CATEGORIES) as DemoProduct["category"][]
  const existing = await productModule.listProductCategories({ handle: handles })
  const missing = handles.filter((handle) => !existing.some((c) => c.handle === handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((handle) => ({
          name: CATEGORIES[handle],
          handle,
          is_active: true,
        })),
      },
    })
    existing.push(...result)
  }
  return Object.fromEntries(existing.map((category) => [category.handle, category.id])) as Record<
    DemoProduct["category"],
    string
  >
}

/**
 * Demo shops an earlier seed made with the old handles (her whole name) move to the new ones;
 * links to the old keep leading to them. Their pictures were named after the old handle too.
 */
async function moveFormerDemoHandles(container: MedusaContainer, imageUrls: DemoImageUrls) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: former } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
    filters: { handle: Object.keys(FORMER_DEMO_HANDLES) },
  })
  for (const producer of former as { id: string; handle: string }[]) {
    const handle = FORMER_DEMO_HANDLES[producer.handle]
    await changeProducerHandleWorkflow(container).run({ input: { id: producer.id, handle } })
    await updateProducerProfileWorkflow(container).run({
      input: { id: producer.id, changes: { avatar_url: imageUrls.avatar(handle) } },
    })
  }
}

async function ensureProducers(
  container: MedusaContainer,
  productIds: Record<string, string>,
  imageUrls: DemoImageUrls
): Promise<number> {
  await moveFormerDemoHandles(container, imageUrls)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "producer",
    fields: ["handle"],
    filters: { handle: DEMO_PRODUCERS.map((producer) => producer.handle) },
  })
  const existingHandles = new Set((existing as { handle: string }[]).map((p) => p.handle))
  const missing = DEMO_PRODUCERS.filter((producer) => !existingHandles.has(producer.handle))

  if (missing.length) {
    await createProducersWorkflow(container).run({
      input: {
        producers: missing.map((producer: DemoProducer) => ({
          handle: producer.handle,
          name: producer.name,
          // The one demo producer who logs in also gets her new-order mails.
          email: producer.handle === DEMO_PRODUCERS[0].handle ? DEMO_LOGINS.producer.email : null,
          craft: producer.craft,
          story: producer.story,
          city: producer.city,
          status: "active",
          avatar_url: imageUrls.avatar(producer.handle),
          product_ids: DEMO_PRODUCTS.filter((product) => product.producer === producer.handle)
            .map((product) => productIds[product.handle])
            .filter(Boolean),
        })),
      },
    })
  }
  return DEMO_PRODUCERS.length
}

/** The demo producers in Turkey have given the IBAN their earnings are paid to. */
async function ensurePayoutAccounts(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const withAccount = DEMO_PRODUCERS.filter((producer) => producer.payoutAccount)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
    filters: { handle: withAccount.map((producer) => producer.handle) },
  })
  const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
  const given = await ledger.payoutAccountsOf(producers.map((producer) => producer.id))
  for (const producer of producers) {
    const account = withAccount.find((demo) => demo.handle === producer.handle)?.payoutAccount
    if (account && !given.get(producer.id)?.iban) {
      await updateProducerProfileWorkflow(container).run({
        input: { id: producer.id, changes: { iban: account.iban, iban_holder: account.holder } },
      })
    }
  }
}

/** The first demo producer can log in to her shop. */
async function ensureProducerLogin(container: MedusaContainer) {
  const authModule = container.resolve(Modules.AUTH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { email, password } = DEMO_LOGINS.producer
  if (
    (await authModule.listProviderIdentities({ entity_id: email, provider: "emailpass" })).length
  ) {
    return
  }
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["id"],
    filters: { handle: DEMO_PRODUCERS[0].handle },
  })
  const authIdentityId = await registerEmailPass(container, email, password)
  await authModule.updateAuthIdentities({
    id: authIdentityId,
    app_metadata: { producer_id: producer.id },
  })
}

/** A few applications waiting in the moderation inbox. */
async function ensureApplications(container: MedusaContainer) {
  const applications: ProducerApplicationModuleService = container.resolve(
    PRODUCER_APPLICATION_MODULE
  )
  const existing = new Set(
    (
      await applications.listProducerApplications(
        { email: DEMO_APPLICATIONS.map((application) => application.email) },
        { select: ["email"] }
      )
    ).map((application) => application.email)
  )
  for (const application of DEMO_APPLICATIONS.filter((a) => !existing.has(a.email))) {
    await submitProducerApplicationWorkflow(container).run({
      input: { ...application, now: new Date() },
    })
  }
}

async function ensureStaffMember(
  container: MedusaContainer,
  { email, password }: { email: string; password: string },
  role: StaffRole,
  [first_name, last_name]: [string, string]
) {
  const userModule = container.resolve(Modules.USER)
  let [user] = await userModule.listUsers({ email })
  if (!user) {
    const authIdentityId = await registerEmailPass(container, email, password)
    const { result } = await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email, first_name, last_name } },
    })
    user = result
  }
  await setStaffRoleWorkflow(container).run({ input: { user_id: user.id, role } })
}

async function ensureReasonTemplates(container: MedusaContainer) {
  const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  if ((await cooperative.listReasonTemplates({}, { take: 1 })).length) {
    return
  }
  await createReasonTemplatesWorkflow(container).run({
    input: { reason_templates: DEFAULT_REASON_TEMPLATES },
  })
}

async function ensureShopper(container: MedusaContainer) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const { email, password } = DEMO_LOGINS.shopper
  if ((await customerModule.listCustomers({ email, has_account: true })).length) {
    return
  }
  const authIdentityId = await registerEmailPass(container, email, password)
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId,
      customerData: { email, first_name: "Elif", last_name: "Alıcı" },
    },
  })
}

async function registerEmailPass(
  container: MedusaContainer,
  email: string,
  password: string
): Promise<string> {
  const authModule = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await authModule.register("emailpass", {
    body: { email, password },
  })
  if (!success || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not create the demo login ${email}: ${error}`
    )
  }
  return authIdentity.id
}

type TranslationInput = {
  reference_id: string
  reference: string
  locale_code: string
  translations: Record<string, string>
}

/**
 * The demo catalogue's words in the cooperative's three languages, kept in Medusa's translations:
 * the store answers `?locale=` with them (products, categories, a cart's shipping options), and
 * with the words as first written where a language is missing. A thing already translated in a
 * language is left as it is.
 */
async function ensureTranslations(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: categories }, { data: options }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle"],
      filters: { handle: DEMO_PRODUCTS.map((product) => product.handle) },
    }),
    query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { handle: Object.keys(DEMO_CATEGORY_NAMES) },
    }),
    query.graph({
      entity: "shipping_option",
      fields: ["id", "name", "type.id"],
      filters: { name: Object.keys(SHIPPING_WORDS) },
    }),
  ])
  const locales = Object.keys(CONTENT_LOCALE_TAGS) as ContentLocale[]
  const wanted: TranslationInput[] = []
  const add = (
    reference: string,
    id: string,
    locale: ContentLocale,
    words: Record<string, string>
  ) =>
    wanted.push({
      reference_id: id,
      reference,
      locale_code: CONTENT_LOCALE_TAGS[locale],
      translations: words,
    })
  for (const product of products as { id: string; handle: string }[]) {
    const translated = DEMO_PRODUCT_WORDS[product.handle] ?? {}
    for (const locale of locales) {
      const words = translated[locale]
      if (words) {
        add("product", product.id, locale, {
          title: words.title,
          description: words.description,
          material: words.materials.join(", "),
        })
      }
    }
  }
  for (const category of categories as { id: string; handle: DemoProduct["category"] }[]) {
    for (const locale of locales) {
      add("product_category", category.id, locale, {
        name: DEMO_CATEGORY_NAMES[category.handle][locale],
      })
    }
  }
  for (const option of options as { id: string; name: string; type?: { id: string } | null }[]) {
    for (const locale of locales) {
      const words = SHIPPING_WORDS[option.name][locale]
      add("shipping_option", option.id, locale, { name: words.name })
      if (option.type) {
        add("shipping_option_type", option.type.id, locale, {
          label: words.label,
          description: words.description,
        })
      }
    }
  }

  const { data: existing } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "locale_code"],
    filters: { reference_id: [...new Set(wanted.map((entry) => entry.reference_id))] },
  })
  const has = new Set(
    (existing as { reference_id: string; locale_code: string }[]).map(
      (entry) => `${entry.reference_id} ${entry.locale_code}`
    )
  )
  const create = wanted.filter((entry) => !has.has(`${entry.reference_id} ${entry.locale_code}`))
  if (create.length) {
    await batchTranslationsWorkflow(container).run({ input: { create, update: [], delete: [] } })
  }
}
