import { createRequire } from "node:module"
import fc from "fast-check"
import { stringify } from "qs"
import { describe, expect, it } from "vitest"

// Node's require does not see Vite's alias: this is the qs the js-sdk was written against.
const qs = createRequire(import.meta.url)("qs") as typeof import("qs")

const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
const queryValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1 }), tie("value"), { maxKeys: 3 })
  ),
})).value
const query = fc.dictionary(fc.string({ minLength: 1 }), queryValue, { maxKeys: 5 })

describe("the query strings the storefront sends", () => {
  it("are built by qs-esm exactly as qs builds them, as the js-sdk asks (skipNulls)", () => {
    expect(stringify, "the alias in vite.config.ts").not.toBe(qs.stringify)
    expect(stringify({ fields: "*variants", limit: 12, q: "oya" }, { skipNulls: true })).toBe(
      "fields=%2Avariants&limit=12&q=oya"
    )
    fc.assert(
      fc.property(query, (value) => {
        expect(stringify(value, { skipNulls: true })).toBe(qs.stringify(value, { skipNulls: true }))
      }),
      { numRuns: 500 }
    )
  })
})
