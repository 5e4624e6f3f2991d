import { publicName } from "./update-producer-profile"

describe("publicName", () => {
  it("shows her full name, or only her first name when she keeps it private", () => {
    expect(publicName("Ayşe Yılmaz", true)).toBe("Ayşe Yılmaz")
    expect(publicName("  Ayşe Nur Yılmaz ", false)).toBe("Ayşe")
    expect(publicName("مریم احمدی", false)).toBe("مریم")
  })
})
