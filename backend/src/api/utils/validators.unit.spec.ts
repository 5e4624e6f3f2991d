import { createPagedFindParams } from "./validators"

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
