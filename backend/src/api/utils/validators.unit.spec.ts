import { z } from "@medusajs/framework/zod"
import {
  createPagedFindParams,
  readableText,
  requestBody,
  sortOrder,
  storableDate,
} from "./validators"

describe("createPagedFindParams", () => {
  const schema = createPagedFindParams({ limit: 20 })

  it("fills in the defaults and reads numbers from the query string", () => {
    expect(schema.parse({})).toEqual(expect.objectContaining({ limit: 20, offset: 0 }))
    expect(schema.parse({ limit: "5", offset: "10" })).toEqual(
      expect.objectContaining({ limit: 5, offset: 10 })
    )
  })

  it.each([
    [{ limit: "0" }],
    [{ limit: "101" }],
    [{ limit: "abc" }],
    [{ limit: "2.5" }],
    [{ offset: "-1" }],
    [{ offset: "1e400" }],
  ])("refuses %j", (query) => {
    expect(schema.safeParse(query).success).toBe(false)
  })
})

describe("readableText", () => {
  it.each([["Ayşe Yılmaz"], ["مریم‌خانم"], ["👩‍👩‍👧‍👦 e\u0301"], ["two\nlines\tand a tab"]])(
    "takes %j",
    (text) => {
      expect(readableText().safeParse(text).success).toBe(true)
    }
  )

  it.each([["a\u0000b"], ["\u0007"], ["\u001b[31m"], ["\ud800"], ["a\udfffb"], ["\u007f"]])(
    "refuses %j",
    (text) => {
      expect(readableText().safeParse(text).success).toBe(false)
    }
  )
})

describe("storableDate", () => {
  it("reads ISO days and moments", () => {
    expect(storableDate().parse("2026-07-01")).toEqual(new Date("2026-07-01T00:00:00Z"))
    expect(storableDate().parse("2026-07-01T10:30:00Z")).toEqual(new Date("2026-07-01T10:30:00Z"))
  })

  it.each([["+275760-09-13"], ["\u001b2026-07-01"], ["July 1"], ["1e400"], [5]])(
    "refuses %j",
    (value) => {
      expect(storableDate().safeParse(value).success).toBe(false)
    }
  )
})

describe("requestBody", () => {
  const schema = requestBody(z.object({ title: z.string().optional() }).strict())

  it("refuses a field named toString or valueOf at any depth, with a message", () => {
    const result = schema.safeParse({ title: [{ toString: 1 }] })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["title", 0, "toString"], code: "custom" }),
    ])
    expect(schema.safeParse({ valueOf: "x" }).success).toBe(false)
  })

  it("refuses a body nested deeper than any form, however deep, with a message", () => {
    let deep: unknown = "Keçe"
    for (let level = 0; level < 100_000; level++) {
      deep = [deep]
    }
    const result = schema.safeParse({ title: deep })
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", message: expect.stringMatching(/nest/) }),
    ])
  })

  it("passes anything else to the schema", () => {
    expect(schema.parse({ title: "Keçe" })).toEqual({ title: "Keçe" })
    expect(schema.safeParse({ other: 1 }).success).toBe(false)
  })
})

describe("sortOrder", () => {
  it("takes a listed field, ascending or descending, and refuses any other", () => {
    expect(sortOrder(["name"]).safeParse("-name").success).toBe(true)
    expect(sortOrder(["name"]).safeParse("NaN").success).toBe(false)
  })
})
