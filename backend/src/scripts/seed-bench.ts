import { writeFile } from "node:fs/promises"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../modules/payment-offline"
import { createProducersWorkflow } from "../workflows/producer/workflows/create-producers"
import { DEMO_PRODUCTS } from "./demo-data/products"
import seedDemoData from "./seed"

/**
 * The large catalogue `npm run bench` measures against: the demo cooperative (its regions, sales
 * channel, warehouse, shipping and logins, from seed.ts), then BENCH_PRODUCERS producers
 * (200) sharing BENCH_PRODUCTS products (10,000), each with one to three variants priced in TRY
 * and EUR and stocked at the warehouse. Everything goes through the same workflows the
 * application uses, a few producers at a time. The catalogue is generated from its index, so
 * every run makes the same one.
 *
 * `medusa exec ./src/scripts/seed-bench.ts`; IMECE_BENCH_SEED_OUTPUT names a JSON file that
 * receives what the bench needs (keys, ids, handles).
 */

const words = (list: string) => list.split(" ")

const PRODUCERS_PER_BATCH = 4
const PARALLEL_BATCHES = 3
/** The id Medusa's search-ingestion subscriber registers with. */
const SEARCH_INGESTION_SUBSCRIBER = "search-ingestion"
const STOCK_PER_VARIANT = 100_000

const FIRST_NAMES = words(
  "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hanife Zehra Havva Leyla Gülsüm Nermin Sevim Dilek Songül Yasemin Nuriye"
)
const LAST_NAMES = words("Yılmaz Kaya Demir Çelik Şahin Yıldız Aydın Öztürk Arslan Doğan")
const CITIES = words("Ankara İzmit Erzurum Kütahya Gaziantep Urmiye Tebriz Bursa")

/** Each craft with the category it is sold under, its goods and their materials. */
const CRAFTS = [
  {
    category: "textiles",
    tr: "İğne oyası",
    en: "Needle lace",
    goods: ["oyalı yazma", "oyalı tülbent", "oya küpe", "oyalı havlu"],
    materials: ["pamuk", "ipek iplik"],
  },
  {
    category: "carpets",
    tr: "Kilim dokuma",
    en: "Kilim weaving",
    goods: ["kilim", "seccade", "yastık kılıfı", "heybe"],
    materials: ["yün", "kök boya"],
  },
  {
    category: "felt",
    tr: "Keçe",
    en: "Felt making",
    goods: ["keçe terlik", "keçe çanta", "keçe minder", "keçe şapka"],
    materials: ["yün", "sabun"],
  },
  {
    category: "copper",
    tr: "Bakırcılık",
    en: "Coppersmithing",
    goods: ["bakır cezve", "bakır tepsi", "bakır tas", "bakır güğüm"],
    materials: ["bakır", "kalay"],
  },
  {
    category: "ceramics",
    tr: "Çini",
    en: "Tile painting",
    goods: ["çini tabak", "seramik kase", "çini karo", "seramik vazo"],
    materials: ["kil", "sır"],
  },
  {
    category: "food",
    tr: "Ev yapımı",
    en: "Home cooking",
    goods: ["erişte", "tarhana", "domates salçası", "ayva reçeli"],
    materials: ["un", "domates"],
  },
  {
    category: "embroidery",
    tr: "Nakış",
    en: "Embroidery",
    goods: ["nakışlı örtü", "nakışlı çanta", "nakışlı yastık", "kasnak pano"],
    materials: ["keten", "pamuk iplik"],
  },
  {
    category: "basketry",
    tr: "Sepet örme",
    en: "Basketry",
    goods: ["hasır sepet", "söğüt sepet", "ekmek sepeti", "hasır nihale"],
    materials: ["hasır", "söğüt"],
  },
] as const

const MOTIFS = words("gelincik lale karanfil nar yıldız menekşe bereket koçboynuzu elma servi")
const SIZES = words("Küçük Orta Büyük")

/** Words the bench searches for: whole words, phrases, a prefix as she types, and a typo. */
const SEARCH_TERMS = [
  "kilim",
  "bakır cezve",
  "oyalı",
  "seramik",
  "nar",
  "keçe ter",
  "sepet",
  "kilm",
]

interface BenchSeedResult {
  publishableKey: string
  regionId: string
  salesChannelId: string
  shippingOptionId: string
  paymentProviderId: string
  searchTerms: string[]
  producers: { id: string; handle: string }[]
  products: { id: string; handle: string; producer: string; variant_ids: string[] }[]
}

interface BenchProducer {
  handle: string
  name: string
  city: string
  craft: (typeof CRAFTS)[number]
}

type ProducerBatch = { producer: BenchProducer; index: number }[]

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${name} must be a positive whole number.`
    )
  }
  return value
}

const benchProducer = (index: number): BenchProducer => {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]
  return {
    handle: `bench-${index + 1}`,
    name: `${first} ${last}`,
    city: CITIES[index % CITIES.length],
    craft: CRAFTS[index % CRAFTS.length],
  }
}

export default async function seedBench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const totalProducts = count("BENCH_PRODUCTS", 10_000)
  const totalProducers = count("BENCH_PRODUCERS", 200)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

  const demo = await seedDemoData({ container, args: ["--without-history"] })
  const setting = await readDemoSetting(container)

  const producers = Array.from({ length: totalProducers }, (_, index) => benchProducer(index))
  // Products are dealt out evenly; the first producers take the remainder.
  const productsOf = (index: number) =>
    Math.floor(totalProducts / totalProducers) + (index < totalProducts % totalProducers ? 1 : 0)

  const existing = await existingProducerHandles(container, producers)
  const batches: ProducerBatch[] = []
  for (let from = 0; from < producers.length; from += PRODUCERS_PER_BATCH) {
    batches.push(
      producers
        .slice(from, from + PRODUCERS_PER_BATCH)
        .map((producer, offset) => ({ producer, index: from + offset }))
        .filter(({ producer }) => !existing.has(producer.handle))
    )
  }

  pauseSearchIngestion(container)
  const started = Date.now()
  let made = 0
  let done = existing.size
  const queue = batches.filter((batch) => batch.length)
  // A few batches at a time: a batch spends much of its time waiting on PostgreSQL.
  await Promise.all(
    Array.from({ length: PARALLEL_BATCHES }, async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        await seedProducers(container, setting, batch, productsOf, backendUrl)
        made += batch.reduce((sum, { index }) => sum + productsOf(index), 0)
        done += batch.length
        const rate = made / Math.max((Date.now() - started) / 1000, 0.001)
        logger.info(
          `Bench catalogue: ${done}/${producers.length} producers, ${made} products made (${rate.toFixed(1)}/s)`
        )
      }
    })
  )

  logger.info("Bench catalogue: indexing products and producers for search…")
  // The whole catalogue in one pass, as ingestion was paused while it was made.
  await container.resolve(Modules.SEARCH).reindex({ index: ["product", "producer"] })

  const result: BenchSeedResult = {
    publishableKey: demo.publishableKey,
    ...setting.ids,
    paymentProviderId: CASH_ON_DELIVERY_PROVIDER_ID,
    searchTerms: SEARCH_TERMS,
    ...(await readCatalogue(container)),
  }
  if (process.env.IMECE_BENCH_SEED_OUTPUT) {
    await writeFile(process.env.IMECE_BENCH_SEED_OUTPUT, JSON.stringify(result))
  }
  logger.info(
    `Bench catalogue ready: ${result.producers.length} producers, ${result.products.length} products.`
  )
}

/**
 * Medusa's search subscriber would index every product three times as it is made (the product,
 * then each variant); this process indexes the whole catalogue once at the end instead.
 */
function pauseSearchIngestion(container: MedusaContainer) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))
  for (const event of events) {
    eventBus.unsubscribe(event, async () => {}, { subscriberId: SEARCH_INGESTION_SUBSCRIBER })
  }
}

interface DemoSetting {
  ids: { regionId: string; salesChannelId: string; shippingOptionId: string }
  stockLocationId: string
  shippingProfileId: string
  categoryIds: Record<string, string>
}

/** What the demo seed set up and the bench catalogue is sold through. */
async function readDemoSetting(container: MedusaContainer): Promise<DemoSetting> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores()
  const [shippingProfile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" })
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: "try" },
  })
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.geo_zones.country_code"],
    filters: { shipping_profile_id: shippingProfile?.id },
  })
  const shippingOption = (
    options as { id: string; service_zone?: { geo_zones?: { country_code: string }[] } }[]
  ).find((option) => option.service_zone?.geo_zones?.some((zone) => zone.country_code === "tr"))
  const categories = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle: CRAFTS.map((craft) => craft.category) })

  const [region] = regions as { id: string }[]
  if (
    !store?.default_sales_channel_id ||
    !store.default_location_id ||
    !shippingProfile ||
    !region ||
    !shippingOption
  ) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The demo seed did not leave a sales channel, warehouse, TRY region and shipping to Türkiye."
    )
  }
  return {
    ids: {
      regionId: region.id,
      salesChannelId: store.default_sales_channel_id,
      shippingOptionId: shippingOption.id,
    },
    stockLocationId: store.default_location_id,
    shippingProfileId: shippingProfile.id,
    categoryIds: Object.fromEntries(categories.map((category) => [category.handle, category.id])),
  }
}

async function existingProducerHandles(
  container: MedusaContainer,
  producers: BenchProducer[]
): Promise<Set<string>> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["handle"],
    filters: { handle: producers.map((producer) => producer.handle) },
  })
  return new Set((data as { handle: string }[]).map((producer) => producer.handle))
}

/** A few producers with all their products, stock and links, through the app's workflows. */
async function seedProducers(
  container: MedusaContainer,
  setting: DemoSetting,
  batch: ProducerBatch,
  productsOf: (index: number) => number,
  backendUrl: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = batch.flatMap(({ producer, index }) =>
    Array.from({ length: productsOf(index) }, (_, nth) =>
      benchProduct(setting, producer, nth, backendUrl)
    )
  )
  const { result: created } = await createProductsWorkflow(container).run({ input: { products } })

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { product_id: created.map((product) => product.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: (variants as VariantInventory[]).flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: setting.stockLocationId,
          inventory_item_id: item.inventory_item_id,
          stocked_quantity: STOCK_PER_VARIANT,
        }))
      ),
    },
  })

  await createProducersWorkflow(container).run({
    input: {
      producers: batch.map(({ producer }) => ({
        handle: producer.handle,
        name: producer.name,
        city: producer.city,
        status: "active" as const,
        craft: { tr: producer.craft.tr, en: producer.craft.en },
        story: {
          tr: `Atölyem ${producer.city} şehrinde: ${producer.craft.tr.toLocaleLowerCase("tr")}.`,
          en: `I work in ${producer.city}: ${producer.craft.en.toLowerCase()}.`,
        },
        product_ids: created
          .filter((product) => product.handle.startsWith(`${producer.handle}-`))
          .map((product) => product.id),
      })),
    },
  })
}

type VariantInventory = { inventory_items?: { inventory_item_id: string }[] | null }

function benchProduct(
  setting: DemoSetting,
  producer: BenchProducer,
  nth: number,
  backendUrl: string
) {
  const { craft } = producer
  const good = craft.goods[nth % craft.goods.length]
  const motif = MOTIFS[Math.floor(nth / craft.goods.length) % MOTIFS.length]
  const sizes = SIZES.slice(0, (nth % SIZES.length) + 1)
  const basePrice = 150 + ((nth * 37 + producer.handle.length * 11) % 48) * 100
  const image = `${backendUrl}/static/demo/products/${DEMO_PRODUCTS[nth % DEMO_PRODUCTS.length].handle}.svg`
  return {
    title: `${motif[0].toLocaleUpperCase("tr")}${motif.slice(1)} ${good} ${nth + 1}`,
    handle: `${producer.handle}-${nth + 1}`,
    description: `${producer.name}, ${producer.city}: ${motif} desenli, elde yapılmış ${good}.`,
    status: ProductStatus.PUBLISHED,
    thumbnail: image,
    images: [{ url: image }],
    weight: 200 + (nth % 10) * 50,
    shipping_profile_id: setting.shippingProfileId,
    category_ids: [setting.categoryIds[craft.category]].filter(Boolean),
    sales_channels: [{ id: setting.ids.salesChannelId }],
    material: craft.materials.join(", "),
    metadata: { materials: [...craft.materials] },
    options: [{ title: "Boyut", values: sizes }],
    variants: sizes.map((size, step) => ({
      title: size,
      sku: `${producer.handle}-${nth + 1}-${step + 1}`,
      options: { Boyut: size },
      manage_inventory: true,
      prices: [
        { amount: basePrice + step * 100, currency_code: "try" },
        { amount: Math.round((basePrice + step * 100) / 35) + 1, currency_code: "eur" },
      ],
    })),
  }
}

/** Every bench product and producer, with the ids the bench's requests are made of. */
async function readCatalogue(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "products.id", "products.handle", "products.variants.id"],
    filters: { handle: { $like: "bench-%" } },
  })
  const rows = producers as {
    id: string
    handle: string
    products?: ({ id: string; handle: string; variants?: { id: string }[] | null } | null)[] | null
  }[]
  return {
    producers: rows.map(({ id, handle }) => ({ id, handle })),
    products: rows.flatMap((producer) =>
      (producer.products ?? []).flatMap((product) =>
        product
          ? [
              {
                id: product.id,
                handle: product.handle,
                producer: producer.id,
                variant_ids: (product.variants ?? []).map((variant) => variant.id),
              },
            ]
          : []
      )
    ),
  }
}
