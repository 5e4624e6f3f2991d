import { afterEach, describe, expect, it } from "vitest"
import { resolveRuntimeConfig } from "./runtime-config"

afterEach(() => {
  delete window.__IMECE_CONFIG__
})

describe("resolveRuntimeConfig", () => {
  it("prefers what the static server injected over the dev server's variables", () => {
    window.__IMECE_CONFIG__ = {
      backendUrl: "http://api.example",
      publishableKey: "pk_served",
      stripePublishableKey: "pk_test_served",
    }
    expect(
      resolveRuntimeConfig({
        backendUrl: "http://dev",
        publishableKey: "pk_dev",
        stripePublishableKey: "pk_test_dev",
      })
    ).toEqual({
      backendUrl: "http://api.example",
      publishableKey: "pk_served",
      stripePublishableKey: "pk_test_served",
    })
  })

  it("treats an empty injected value as unset", () => {
    window.__IMECE_CONFIG__ = { backendUrl: "", publishableKey: "", stripePublishableKey: "" }
    expect(resolveRuntimeConfig({ publishableKey: "pk_dev" })).toEqual({
      backendUrl: "http://localhost:9000",
      publishableKey: "pk_dev",
      stripePublishableKey: "",
    })
  })
})
