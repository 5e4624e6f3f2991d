import { describe, expect, it } from "vitest"
import { nextPath, withNext } from "./next-path"

describe("where she goes after logging in", () => {
  it.each([
    ["/checkout", "/checkout"],
    ["/orders/order_1?placed=1#parts", "/orders/order_1?placed=1#parts"],
    ["/account", "/account"],
  ])("follows %s, a page of this site", (next, expected) => {
    expect(nextPath(next)).toBe(expected)
  })

  it.each([
    [null],
    [""],
    ["checkout"],
    ["https://evil.example/login"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["javascript:alert(1)"],
  ])("goes to her account instead of %j", (next) => {
    expect(nextPath(next)).toBe("/account")
  })

  it("links to login and register carrying where to come back", () => {
    expect(withNext("/account/register", "/checkout")).toBe("/account/register?next=/checkout")
    expect(withNext("/account/login", "/orders/o_1?a=1&b=2")).toBe(
      "/account/login?next=/orders/o_1%3Fa%3D1%26b%3D2"
    )
    expect(nextPath(new URLSearchParams("next=/orders/o_1%3Fa%3D1%26b%3D2").get("next"))).toBe(
      "/orders/o_1?a=1&b=2"
    )
  })
})
