import { readdir } from "node:fs/promises"
import path from "node:path"
import { HTTP_METHODS } from "@medusajs/framework/http"
import { dynamicImport, isFileSkipped } from "@medusajs/framework/utils"

export type RouteSource = "medusa" | "project"

export interface ServedRoute {
  method: string
  /** Express form, as Medusa registers it: `/store/carts/:id/line-items/:line_id`. */
  path: string
  source: RouteSource
}

/** Medusa's own routes are compiled beside its entry point, in `dist/api`. */
const MEDUSA_API_DIR = path.join(path.dirname(require.resolve("@medusajs/medusa")), "api")
const PROJECT_API_DIR = path.join(__dirname, "../../../src/api")

/** `admin/products/[id]/variants/route.ts` → `/admin/products/:id/variants`, as Medusa's loader does. */
function routePathOf(relativeFile: string): string {
  const segments = path
    .dirname(relativeFile)
    .split(path.sep)
    .filter((segment) => segment && segment !== ".")
  return `/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, ":$1")).join("/")}`
}

async function routeFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return (
    entries
      .filter((entry) => entry.isFile() && /^route\.(ts|js)$/.test(entry.name))
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      // Medusa's loader leaves out anything under a folder or file starting with `_`.
      .filter((file) => !file.split(path.sep).some((segment) => segment.startsWith("_")))
  )
}

async function routesIn(dir: string, source: RouteSource): Promise<ServedRoute[]> {
  const routes: ServedRoute[] = []
  for (const file of await routeFilesIn(dir)) {
    // Loaded the way Medusa loads it, so a file switched off by a feature flag is left out too.
    const exported: Record<string | symbol, unknown> = await dynamicImport(path.join(dir, file))
    if (isFileSkipped(exported)) {
      continue
    }
    for (const method of HTTP_METHODS) {
      if (typeof exported[method] === "function") {
        routes.push({ method, path: routePathOf(file), source })
      }
    }
  }
  return routes
}

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`

/**
 * Every method and path the backend serves: Medusa's route files and ours, read from the file
 * tree as Medusa's router reads them. Where ours redefines one of Medusa's, ours answers.
 */
export async function servedRoutes(): Promise<ServedRoute[]> {
  const byKey = new Map<string, ServedRoute>()
  for (const route of [
    ...(await routesIn(MEDUSA_API_DIR, "medusa")),
    ...(await routesIn(PROJECT_API_DIR, "project")),
  ]) {
    byKey.set(routeKey(route), route)
  }
  return [...byKey.values()].sort((a, b) => routeKey(a).localeCompare(routeKey(b)))
}
