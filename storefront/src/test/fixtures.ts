import type { StoreProductWithProducer } from "@imece/client"
import type { ProducerOrder, ProducerProduct, ProducerShop, StoreProducer } from "@imece/types"
import type { HttpTypes } from "@medusajs/types"

const CREATED_AT = "2026-11-20T10:00:00.000Z"

/** A producer as `/store/producers` returns her, with whatever a test needs changed. */
export function storeProducer(overrides: Partial<StoreProducer> = {}): StoreProducer {
  return {
    id: "prdcr_1",
    handle: "ayse-oya",
    name: "Ayşe Yılmaz",
    craft: { tr: "İğne oyası", en: "Needle lace" },
    story: { tr: "Oyayı annemden öğrendim. Her yazmayı elde işliyorum." },
    city: "Ödemiş",
    avatar_url: "http://api.test/static/ayse.svg",
    ...overrides,
  }
}

/** Her own shop as `/producer/me` returns it, with whatever a test needs changed. */
export function producerShop(overrides: Partial<ProducerShop> = {}): ProducerShop {
  return {
    ...storeProducer({ name: "Ayşe" }),
    full_name: "Ayşe Yılmaz",
    district: "Bademli",
    status: "active",
    show_full_name: false,
    show_district: false,
    processing_days: 3,
    accepts_returns: false,
    vacation_from: null,
    vacation_until: null,
    iban: null,
    iban_holder: null,
    created_at: CREATED_AT,
    ...overrides,
  }
}

/** A variant priced in the region's currency (TRY unless told). */
export function storeVariant(
  amount: number | null,
  overrides: Partial<HttpTypes.StoreProductVariant> = {}
): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "Tek beden",
    sku: null,
    barcode: null,
    ean: null,
    upc: null,
    thumbnail: null,
    allow_backorder: false,
    manage_inventory: true,
    inventory_quantity: 3,
    hs_code: null,
    origin_country: null,
    mid_code: null,
    material: null,
    weight: null,
    length: null,
    height: null,
    width: null,
    options: null,
    calculated_price:
      amount === null
        ? undefined
        : {
            id: "pset_1",
            calculated_amount: amount,
            original_amount: amount,
            original_amount_with_tax: null,
            original_amount_without_tax: null,
            currency_code: "try",
          },
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    deleted_at: null,
    ...overrides,
  }
}

/** A published product as `/store/products?fields=*producer` returns it. */
export function storeProduct(
  overrides: Partial<StoreProductWithProducer> = {}
): StoreProductWithProducer {
  return {
    id: "prod_1",
    title: "Gelincik oyalı yazma",
    handle: "oyali-yazma",
    subtitle: null,
    description: "Pamuklu yazma, kenarı ipek iğne oyası.",
    is_giftcard: false,
    status: "published",
    thumbnail: "http://api.test/static/yazma.svg",
    width: null,
    weight: null,
    length: null,
    height: null,
    origin_country: null,
    hs_code: null,
    mid_code: null,
    material: "pamuk, ipek iplik",
    collection_id: null,
    type_id: null,
    variants: [storeVariant(650)],
    options: null,
    images: [],
    discountable: true,
    external_id: null,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    deleted_at: null,
    producer: storeProducer(),
    ...overrides,
  }
}

/** A region as `/store/regions` returns it. */
export function storeRegion(overrides: Partial<HttpTypes.StoreRegion> = {}): HttpTypes.StoreRegion {
  return { id: "reg_try", name: "Türkiye", currency_code: "try", ...overrides }
}

/** One of her products as `/producer/products` returns it: on sale, 5 in stock at 450 ₺. */
export function producerProduct(overrides: Partial<ProducerProduct> = {}): ProducerProduct {
  return {
    id: "prod_1",
    title: "Oya küpe",
    handle: "oya-kupe",
    description: null,
    status: "published",
    thumbnail: "http://api.test/static/a.jpg",
    material: null,
    metadata: { materials: ["ipek iplik"], made_to_order_days: null },
    images: [
      { id: "img_a", url: "http://api.test/static/a.jpg" },
      { id: "img_b", url: "http://api.test/static/b.jpg" },
    ],
    categories: [],
    translations: {},
    variants: [
      {
        id: "variant_1",
        title: "Tek",
        allow_backorder: false,
        prices: [
          { id: "price_try", currency_code: "try", amount: 450 },
          { id: "price_eur", currency_code: "eur", amount: 14 },
        ],
        stock: 5,
        reserved: 1,
      },
    ],
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    ...overrides,
  }
}

/** Her part of an order as `/producer/orders/:id` returns it: new, one line of two pieces. */
export function producerOrder(overrides: Partial<ProducerOrder> = {}): ProducerOrder {
  return {
    id: "prodord_1",
    display_id: 12,
    status: "new",
    currency_code: "try",
    items: [
      {
        line_item_id: "item_1",
        variant_id: "variant_1",
        product_id: "prod_1",
        title: "Oya küpe",
        variant_title: null,
        thumbnail: null,
        quantity: 2,
        unit_price: 450,
        total: 900,
        commission_bps: 0,
        commission: 0,
        earning: 900,
      },
    ],
    subtotal: 900,
    commission_bps: 0,
    earnings: 900,
    carrier: null,
    tracking_number: null,
    shipped_at: null,
    delivered_at: null,
    created_at: CREATED_AT,
    shipping_address: {
      first_name: "Elif",
      last_name: "Demir",
      address_1: "Atatürk Cad. 5",
      address_2: null,
      city: "İzmir",
      province: null,
      postal_code: "35000",
      country_code: "tr",
      phone: "+905551112233",
    },
    ...overrides,
  }
}
