import { integrationTestRunner } from "../../helpers/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { payWith, setUpCheckoutStore, startCart } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { createProducersWithProducts } from "../../helpers/producers"
import { createShopperHeaders } from "../../helpers/store"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: a return is opened only on the shopper's own order", () => {
      it("refuses a return on another shopper's order and an unknown return option, and opens none", async () => {
        const container = getContainer()
        const { storeHeaders, salesChannelId, checkout } = await setUpCheckoutStore(container)
        const [ayse] = await createProducersWithProducts(container, salesChannelId, [
          { handle: "ayse-oya", name: "Ayşe", status: "active", products: [{ title: "Oya küpe" }] },
        ])
        const shopper = await createShopperHeaders(container, api)
        const elif: Headers = { headers: { ...storeHeaders.headers, ...shopper.headers } }
        const cartId = await startCart(api, elif, {
          regionId: checkout.regionId,
          items: [{ variant_id: ayse.products[0].variants[0].id, quantity: 1 }],
        })
        await payWith(api, elif, cartId, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: "pp_system_default",
        })
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, elif)
        expect(data.type).toBe("order")
        const order = data.order as { id: string; items: { id: string }[] }
        const returnOf = (optionId: string) => ({
          order_id: order.id,
          items: [{ id: order.items[0].id, quantity: 1 }],
          return_shipping: { option_id: optionId },
        })

        // A guest with the store's key only, and another shopper with an account.
        const stranger = await api.post(
          "/store/customers",
          { email: "intruder@example.com" },
          {
            headers: {
              ...storeHeaders.headers,
              authorization: `Bearer ${
                (
                  await api.post("/auth/customer/emailpass/register", {
                    email: "intruder@example.com",
                    password: "intruder-password",
                  })
                ).data.token
              }`,
            },
          }
        )
        expect(stranger.status).toBe(200)
        const intruder: Headers = {
          headers: {
            ...storeHeaders.headers,
            authorization: `Bearer ${
              (
                await api.post("/auth/customer/emailpass", {
                  email: "intruder@example.com",
                  password: "intruder-password",
                })
              ).data.token
            }`,
          },
        }
        for (const headers of [storeHeaders, intruder]) {
          expect(
            await failedRequest(
              api.post("/store/returns", returnOf(checkout.shippingOptionId), headers)
            )
          ).toEqual({ status: 404, message: `Order id ${order.id} was not found` })
        }

        expect(
          await failedRequest(api.post("/store/returns", returnOf("so_authz_missing"), elif))
        ).toEqual({
          status: 400,
          message: "Shipping option so_authz_missing was not found",
          code: "return_option_unknown",
          params: {},
        })

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: returns } = await query.graph({
          entity: "return",
          fields: ["id"],
          filters: { order_id: order.id },
        })
        expect(returns).toEqual([])
      })
    })
  },
})
