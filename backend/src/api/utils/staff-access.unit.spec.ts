import { adminAccessOf } from "./staff-access"

describe("adminAccessOf", () => {
  it("gives every staff member Medusa's reads and administrators alone its writes", () => {
    expect(adminAccessOf("GET", "/admin/users")).toBe("staff")
    expect(adminAccessOf("HEAD", "/admin/orders/order_1")).toBe("staff")
    expect(adminAccessOf("POST", "/admin/invites")).toBe("administrator")
    expect(adminAccessOf("DELETE", "/admin/users/user_1")).toBe("administrator")
    expect(adminAccessOf("post", "/admin/api-keys")).toBe("administrator")
  })

  it("lets a reviewer write where she moderates, with or without a trailing slash", () => {
    expect(adminAccessOf("POST", "/admin/producer-applications/app_1/approve")).toBe("staff")
    expect(adminAccessOf("POST", "/admin/product-reviews/prod_1/send-back/")).toBe("staff")
    expect(adminAccessOf("POST", "/admin/pending-payments/pay_1/receipts")).toBe("staff")
    expect(adminAccessOf("POST", "/admin/staff/user_1/role")).toBe("administrator")
  })

  it("never lets another spelling of a path win a reviewer a write", () => {
    for (const path of [
      "/admin/producer-applications/app_1/approve/extra",
      "/admin/producer-applications/a/b/approve",
      "/admin/%70roducers/prdcr_1/suspend",
      "/admin/producers/prdcr_1/suspend%2F..%2F..%2Fusers",
    ]) {
      expect([path, adminAccessOf("POST", path)]).toEqual([path, "administrator"])
    }
  })
})
