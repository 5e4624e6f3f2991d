import { readdirSync } from "node:fs"
import path from "node:path"

/**
 * Medusa records every module's migrations by class name in one `mikro_orm_migrations` table, so
 * a second module's migration with a name already recorded is skipped as if it had run.
 */
describe("module migrations", () => {
  it("have names no other module uses", () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const module of readdirSync(__dirname, { withFileTypes: true })) {
      if (!module.isDirectory()) {
        continue
      }
      const dir = path.join(__dirname, module.name, "migrations")
      let files: string[] = []
      try {
        files = readdirSync(dir).filter((file) => /^Migration\d+\.ts$/.test(file))
      } catch {
        continue
      }
      for (const file of files) {
        const other = seen.get(file)
        if (other) {
          clashes.push(`${file} in ${other} and ${module.name}`)
        }
        seen.set(file, module.name)
      }
    }
    expect(clashes).toEqual([])
  })
})
