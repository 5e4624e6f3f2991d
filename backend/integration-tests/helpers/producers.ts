import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProducerStatus } from "@imece/types"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"

interface ProducerFixture {
  handle: string
  name: string
  status: ProducerStatus
  products: { title: string; status?: ProductStatus }[]
}

/** Producers with their products, made through the same workflows the marketplace uses. */
export async function createProducersWithProducts(
  container: MedusaContainer,
  salesChannelId: string,
  fixtures: ProducerFixture[]
) {
  const producers = []
  for (const fixture of fixtures) {
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: fixture.products.map((product) => ({
          title: product.title,
          status: product.status ?? ProductStatus.PUBLISHED,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Model", values: ["Standart"] }],
          variants: [
            {
              title: "Standart",
              options: { Model: "Standart" },
              manage_inventory: false,
              prices: [{ amount: 100, currency_code: "try" }],
            },
          ],
        })),
      },
    })
    const {
      result: [producer],
    } = await createProducersWorkflow(container).run({
      input: {
        producers: [
          {
            handle: fixture.handle,
            name: fixture.name,
            status: fixture.status,
            city: "Ankara",
            craft: { tr: "İğne oyası", en: "Needle lace" },
            story: {
              tr: "Annemden öğrendim.",
              fa: "از مادرم یاد گرفتم.",
              en: "I learned from my mother.",
            },
            product_ids: products.map((product) => product.id),
          },
        ],
      },
    })
    producers.push({ ...producer, products })
  }
  return producers
}

type Api = {
  post: (
    url: string,
    body: unknown,
    config: unknown
  ) => Promise<{ data: { product: { variants: { id: string }[] } } }>
}

/**
 * She lists a product in her shop through the producer API, priced in lira with this much
 * stock (and in a category, when given); answers its one variant's id, ready for a cart.
 */
export async function listProduct(
  api: Api,
  producer: { headers: Record<string, string> },
  {
    title,
    price,
    stock = 5,
    category_id,
  }: { title: string; price: number; stock?: number; category_id?: string }
): Promise<string> {
  const { data } = await api.post(
    "/producer/products",
    { title, prices: { try: price }, stock, category_id },
    producer
  )
  return data.product.variants[0].id
}
