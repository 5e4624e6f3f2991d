import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import type { StoreProducer, StoreProducerProduct, StoreProducerResponse } from "@imece/types"

type ProducerWithProducts = StoreProducer & {
  products: (StoreProducerProduct & { status: string })[] | null
}

/** One active producer with her published products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreProducerResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [producer],
  } = await query.graph({
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
    filters: { handle: req.params.handle, status: "active" },
  })

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
