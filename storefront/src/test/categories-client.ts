import { vi } from "vitest"

/**
 * Stands in for `lib/client` on pages of her shop manager, which read only the cooperative's
 * categories from the store: `vi.mock("…/lib/client", () => import("…/test/categories-client"))`.
 */
export const client = {
  store: {
    categories: {
      list: vi.fn().mockResolvedValue({
        product_categories: [{ id: "pcat_felt", name: "Keçe", handle: "felt" }],
      }),
    },
  },
}
