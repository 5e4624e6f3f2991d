import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreProducer, StoreProducerProduct, StoreProducerResponse } from "@imece/types"

type ProducerWithProducts = StoreProducer & {
  products: (StoreProducerProduct & { status: string })[] | null
}

/**
 * One active producer with her published products. A handle her shop had before (she has since
 * hidden her surname) answers her shop under its new handle, for the storefront to move there.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreProducerResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const activeProducer = async (filters: { handle: string } | { id: string }) => {
    const { data } = await query.graph({
      entity: "producer",
      fields: [
        ...req.queryConfig.fields,
        "district",
        "show_district",
        "products.id",
        "products.title",
        "products.handle",
        "products.thumbnail",
        "products.status",
      ],
      filters: { ...filters, status: "active" },
    })
    return data[0]
  }

  let producer = await activeProducer({ handle: req.params.handle })
  if (!producer) {
    const {
      data: [previous],
    } = await query.graph({
      entity: "producer_previous_handle",
      fields: ["producer_id"],
      filters: { handle: req.params.handle },
    })
    producer = previous && (await activeProducer({ id: previous.producer_id }))
  }

  if (!producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No producer with the handle "${req.params.handle}" has a shop here.`
    )
  }

  const { products, district, show_district, ...rest } = producer as ProducerWithProducts & {
    district: string | null
    show_district: boolean
  }
  res.json({
    producer: {
      ...rest,
      // Her district only when she chose to show it.
      district: show_district ? district : null,
      products: (products ?? [])
        .filter((product) => product.status === ProductStatus.PUBLISHED)
        .map(({ id, title, handle, thumbnail }) => ({ id, title, handle, thumbnail })),
    },
  })
}
