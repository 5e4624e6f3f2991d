import { queryKeysFactory } from "@imece/client"
import type { ProducerCreateProductBody, ProducerUpdateProductBody } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { producerClient } from "../../lib/producer-client"
import { movePhoto } from "./product-form"
import { shopDashboardQueryKeys } from "./use-shop-orders"
import { usePhotoUploads } from "./use-sell"

export const shopProductQueryKeys = queryKeysFactory<"shop-products", void>("shop-products")

/** A producer's shop holds tens of products, not thousands: one page of the most allowed. */
const PRODUCTS_PAGE = 100

export function useShopProducts() {
  return useQuery({
    queryKey: shopProductQueryKeys.lists(),
    queryFn: () => producerClient.producer.products.list({ limit: PRODUCTS_PAGE }),
    retry: false,
  })
}

export function useShopProduct(id: string) {
  return useQuery({
    queryKey: shopProductQueryKeys.detail(id),
    queryFn: async () => (await producerClient.producer.products.retrieve(id)).product,
    retry: false,
  })
}

/** Her list, the product and her day's to-do list all change with a product. */
function useRefreshProducts() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: shopProductQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: shopDashboardQueryKeys.all }),
    ])
}

export function useCreateShopProduct() {
  const refresh = useRefreshProducts()
  return useMutation({
    mutationFn: async (body: ProducerCreateProductBody) =>
      (await producerClient.producer.products.create(body)).product,
    onSuccess: refresh,
  })
}

export function useUpdateShopProduct(id: string) {
  const refresh = useRefreshProducts()
  return useMutation({
    mutationFn: async (body: ProducerUpdateProductBody) =>
      (await producerClient.producer.products.update(id, body)).product,
    onSuccess: refresh,
  })
}

/** Takes her product off sale or puts it back. */
export function useSetShopProductOnSale(id: string) {
  const refresh = useRefreshProducts()
  return useMutation({
    mutationFn: async (onSale: boolean) =>
      (
        await (onSale
          ? producerClient.producer.products.publish(id)
          : producerClient.producer.products.archive(id))
      ).product,
    onSuccess: refresh,
  })
}

type Photo = { id: string; url: string }

/** Her product's photos in her order while she edits them, and the uploads still under way. */
export function useProductPhotos(initial: Photo[] = []) {
  const [photos, setPhotos] = useState<Photo[]>(initial)
  const uploads = usePhotoUploads(
    (photo) => setPhotos((all) => [...all, photo]),
    producerClient.producer.uploadPhoto
  )
  return {
    photos,
    ...uploads,
    uploading: uploads.uploads.some((upload) => !upload.error),
    remove: (id: string) => setPhotos((all) => all.filter((photo) => photo.id !== id)),
    move: (index: number, step: -1 | 1) => setPhotos((all) => movePhoto(all, index, step)),
  }
}
