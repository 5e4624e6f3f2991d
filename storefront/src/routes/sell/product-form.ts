import { LOCALES, parseTypedNumber, toWesternDigits, type Locale } from "@imece/i18n"
import type {
  ProducerCreateProductBody,
  ProducerProduct,
  ProducerUpdateProductBody,
  ProductTranslations,
} from "@imece/types"

/** The limits `/producer/products` applies, checked here first so she is told next to the field. */
export const TITLE_LENGTH = { min: 2, max: 120 }
export const MAX_QUANTITY = 100_000
export const MADE_TO_ORDER_DAYS = { min: 1, max: 180 }
export const MAX_PRODUCT_PHOTOS = 5
export const DESCRIPTION_MAX = 4000
/** At most so many materials, each at most so long. */
export const MAX_MATERIALS = 10
export const MATERIAL_MAX = 60

export type ProductFormError =
  "title" | "price" | "quantity" | "days" | "optionTitle" | "optionValues" | "materials"

/** The limits on sizes and colours `POST /producer/products` applies. */
export const MAX_OPTIONS = 2
export const MAX_OPTION_VALUES = 10
export const MAX_VARIANTS = 50
export const OPTION_TEXT_MAX = 40

/** Ready in stock, or made when ordered in so many days. */
export type Availability = "stock" | "made_to_order"

/** A variant's price and stock as the inputs hold them. */
export interface VariantValues {
  id: string
  title: string
  price_try: string
  price_eur: string
  quantity: string
}

/** A kind of choice as she types it: "Beden" and "S, M, L". */
export interface OptionValues {
  title: string
  values: string
}

/** The form as she sees it: every input holds text, as she typed it. */
export interface ProductFormValues {
  /** Sizes, colours…, only when she lists a product; each combination becomes a variant. */
  options: OptionValues[]
  title: string
  description: string
  materials: string
  /** One of the cooperative's categories, or "" for none. */
  category_id: string
  /** Her title and description in each language, as typed; empty where she wrote none. */
  translations: Record<Locale, { title: string; description: string }>
  availability: Availability
  days: string
  variants: VariantValues[]
}

export type ProductFormErrors = Partial<Record<string, ProductFormError>>

/** Field names of a variant's inputs, unique on the page. */
export const variantField = (index: number, field: "price_try" | "price_eur" | "quantity") =>
  `variant_${index}_${field}`

export const optionField = (index: number, field: "title" | "values") => `option_${index}_${field}`

export const translationField = (locale: Locale, field: "title" | "description") =>
  `translation_${locale}_${field}`

const noTranslations = () =>
  Object.fromEntries(LOCALES.map((locale) => [locale, { title: "", description: "" }])) as Record<
    Locale,
    { title: string; description: string }
  >

/** Only the languages she wrote something in, trimmed, as the API keeps them. */
function translationsOf(typed: ProductFormValues["translations"]): ProductTranslations {
  return Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const title = typed[locale].title.trim()
      const description = typed[locale].description.trim()
      return title || description
        ? [[locale, { ...(title ? { title } : {}), ...(description ? { description } : {}) }]]
        : []
    })
  )
}

/** An empty form for a new product: one variant, ready in stock. */
export function emptyProductForm(): ProductFormValues {
  return {
    options: [],
    title: "",
    description: "",
    materials: "",
    category_id: "",
    translations: noTranslations(),
    availability: "stock",
    days: "",
    variants: [{ id: "", title: "", price_try: "", price_eur: "", quantity: "1" }],
  }
}

const shown = (amount: number | undefined) => (amount === undefined ? "" : String(amount))

export function fromProduct(product: ProducerProduct): ProductFormValues {
  const days = product.metadata?.made_to_order_days ?? null
  return {
    options: [],
    title: product.title,
    description: product.description ?? "",
    materials: (product.metadata?.materials ?? []).join(", "),
    category_id: product.categories[0]?.id ?? "",
    translations: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        {
          title: product.translations[locale]?.title ?? "",
          description: product.translations[locale]?.description ?? "",
        },
      ])
    ) as ProductFormValues["translations"],
    availability: days ? "made_to_order" : "stock",
    days: days ? String(days) : "",
    variants: product.variants.map((variant) => {
      const price = (currency: string) =>
        variant.prices.find((p) => p.currency_code === currency)?.amount
      return {
        id: variant.id,
        title: variant.title,
        price_try: shown(price("try")),
        price_eur: shown(price("eur")),
        quantity: String(variant.stock),
      }
    }),
  }
}

function wholeNumber(text: string): number | null {
  const digits = toWesternDigits(text.trim())
  return /^\d+$/.test(digits) ? Number(digits) : null
}

/** A list she types with commas, Latin or Persian. */
const listOf = (text: string) =>
  text
    .split(/[,،]/)
    .map((item) => item.trim())
    .filter(Boolean)

const materialsOf = listOf

const sameText = (a: string, b: string) => a.toLocaleLowerCase("tr") === b.toLocaleLowerCase("tr")

/** Her options as the API takes them; blank rows are left out. */
function optionsOf(values: ProductFormValues) {
  return values.options
    .map((option) => ({ title: option.title.trim(), values: listOf(option.values) }))
    .filter((option) => option.title || option.values.length)
}

/** What is wrong with her sizes and colours, by field. */
function validateOptions(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = {}
  const options = optionsOf(values)
  options.forEach((option, index) => {
    if (
      !option.title ||
      option.title.length > OPTION_TEXT_MAX ||
      options.slice(0, index).some((earlier) => sameText(earlier.title, option.title))
    ) {
      errors[optionField(index, "title")] = "optionTitle"
    }
    if (
      option.values.length === 0 ||
      option.values.length > MAX_OPTION_VALUES ||
      option.values.some((value) => value.length > OPTION_TEXT_MAX) ||
      option.values.some((value, i) => option.values.slice(0, i).some((v) => sameText(v, value)))
    ) {
      errors[optionField(index, "values")] = "optionValues"
    }
  })
  const combinations = options.reduce((count, option) => count * option.values.length, 1)
  if (options.length && combinations > MAX_VARIANTS) {
    errors[optionField(options.length - 1, "values")] = "optionValues"
  }
  return errors
}

/** What is wrong with what she says of her product (its name, words, materials), by field. */
export function validateWords(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = {}
  const title = values.title.trim()
  if (title.length < TITLE_LENGTH.min || title.length > TITLE_LENGTH.max) {
    errors.title = "title"
  }
  for (const locale of LOCALES) {
    const translated = values.translations[locale].title.trim()
    if (
      translated &&
      (translated.length < TITLE_LENGTH.min || translated.length > TITLE_LENGTH.max)
    ) {
      errors[translationField(locale, "title")] = "title"
    }
  }
  const materials = materialsOf(values.materials)
  if (
    materials.length > MAX_MATERIALS ||
    materials.some((material) => material.length > MATERIAL_MAX)
  ) {
    errors.materials = "materials"
  }
  return errors
}

/** What is wrong with her prices and her sizes and colours, by field. */
export function validatePrices(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = validateOptions(values)
  values.variants.forEach((variant, index) => {
    if (!parseTypedNumber(variant.price_try)) {
      errors[variantField(index, "price_try")] = "price"
    }
    if (variant.price_eur.trim() && !parseTypedNumber(variant.price_eur)) {
      errors[variantField(index, "price_eur")] = "price"
    }
  })
  return errors
}

/** What is wrong with her stock or her made-to-order days, by field. */
export function validateAvailability(values: ProductFormValues): ProductFormErrors {
  const errors: ProductFormErrors = {}
  if (values.availability === "made_to_order") {
    const days = wholeNumber(values.days)
    if (days === null || days < MADE_TO_ORDER_DAYS.min || days > MADE_TO_ORDER_DAYS.max) {
      errors.days = "days"
    }
    return errors
  }
  values.variants.forEach((variant, index) => {
    const quantity = wholeNumber(variant.quantity)
    if (quantity === null || quantity > MAX_QUANTITY) {
      errors[variantField(index, "quantity")] = "quantity"
    }
  })
  return errors
}

export const validateProduct = (values: ProductFormValues): ProductFormErrors => ({
  ...validateWords(values),
  ...validatePrices(values),
  ...validateAvailability(values),
})

/** Her new product as `POST /producer/products` takes it; call once it validates. */
export function toCreateBody(
  values: ProductFormValues,
  photoIds: string[]
): ProducerCreateProductBody {
  const [variant] = values.variants
  const eur = parseTypedNumber(variant.price_eur)
  const madeToOrder = values.availability === "made_to_order"
  const materials = materialsOf(values.materials)
  const options = optionsOf(values)
  return {
    title: values.title.trim(),
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
    prices: { try: parseTypedNumber(variant.price_try) ?? 0, ...(eur ? { eur } : {}) },
    ...(madeToOrder
      ? { made_to_order_days: wholeNumber(values.days) }
      : { stock: wholeNumber(variant.quantity) ?? 0 }),
    ...(materials.length ? { materials } : {}),
    ...(values.category_id ? { category_id: values.category_id } : {}),
    ...(photoIds.length ? { photo_ids: photoIds } : {}),
    ...(options.length ? { options } : {}),
  }
}

/**
 * What she changed, and nothing else, as `POST /producer/products/:id` takes it; call once it
 * validates. Photos are sent whole, in her order, when they differ from the product's.
 */
export function toUpdateBody(
  values: ProductFormValues,
  photoIds: string[],
  product: ProducerProduct
): ProducerUpdateProductBody {
  const saved = fromProduct(product)
  const body: ProducerUpdateProductBody = {}
  if (values.title.trim() !== saved.title) {
    body.title = values.title.trim()
  }
  if (values.description.trim() !== saved.description.trim()) {
    body.description = values.description.trim() || null
  }
  const materials = materialsOf(values.materials)
  if (materials.join(",") !== materialsOf(saved.materials).join(",")) {
    body.materials = materials
  }
  const translations = translationsOf(values.translations)
  if (JSON.stringify(translations) !== JSON.stringify(translationsOf(saved.translations))) {
    body.translations = translations
  }
  if (values.category_id !== saved.category_id) {
    body.category_id = values.category_id || null
  }
  const days = values.availability === "made_to_order" ? wholeNumber(values.days) : null
  if (days !== (product.metadata?.made_to_order_days ?? null)) {
    body.made_to_order_days = days
  }
  const variants = values.variants.flatMap((variant) => {
    const before = saved.variants.find((v) => v.id === variant.id)
    const changes: NonNullable<ProducerUpdateProductBody["variants"]>[number] = { id: variant.id }
    const prices: { try?: number; eur?: number } = {}
    for (const currency of ["try", "eur"] as const) {
      const amount = parseTypedNumber(variant[`price_${currency}`])
      const savedAmount = parseTypedNumber(before?.[`price_${currency}`] ?? "")
      if (amount !== null && amount !== savedAmount) {
        prices[currency] = amount
      }
    }
    if (Object.keys(prices).length) {
      changes.prices = prices
    }
    const quantity = wholeNumber(variant.quantity)
    if (
      values.availability === "stock" &&
      quantity !== null &&
      quantity !== wholeNumber(before?.quantity ?? "")
    ) {
      changes.stock = quantity
    }
    return Object.keys(changes).length > 1 ? [changes] : []
  })
  if (variants.length) {
    body.variants = variants
  }
  if (photoIds.join() !== product.images.map((image) => image.id).join()) {
    body.photo_ids = photoIds
  }
  return body
}

/** Moves the photo at `index` one place earlier (-1) or later (+1). */
export function movePhoto<T>(photos: T[], index: number, step: -1 | 1): T[] {
  const to = index + step
  if (to < 0 || to >= photos.length) {
    return photos
  }
  const moved = [...photos]
  ;[moved[index], moved[to]] = [moved[to], moved[index]]
  return moved
}
