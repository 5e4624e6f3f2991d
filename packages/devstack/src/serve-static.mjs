import { createReadStream } from "node:fs"
import { readFile, stat } from "node:fs/promises"
import http from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
}

const CONFIG_PLACEHOLDER = "<!--IMECE_CONFIG-->"

/**
 * The front ends are built once and told where the backend is when they are served: the
 * backend URL and publishable key go into index.html here, so changing a port or a key never
 * needs a rebuild.
 */
export function renderIndex(html, config) {
  const json = JSON.stringify(config).replace(/</g, "\\u003c")
  return html.replace(CONFIG_PLACEHOLDER, `<script>window.__IMECE_CONFIG__=${json}</script>`)
}

/** Serves a built single-page app: files as they are, every other path gets index.html. */
export async function serveStatic({ root, port, host = "0.0.0.0", config }) {
  const rootDir = path.resolve(root)
  const index = renderIndex(await readFile(path.join(rootDir, "index.html"), "utf8"), config)

  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost")
    const file = path.join(rootDir, path.normalize(decodeURIComponent(pathname)))
    const inside = file.startsWith(rootDir + path.sep)
    const info = inside ? await stat(file).catch(() => null) : null

    if (info?.isFile() && !file.endsWith("index.html")) {
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
        // Vite puts a content hash in every asset name, so they never change once built.
        "cache-control": pathname.startsWith("/assets/")
          ? "public, max-age=31536000, immutable"
          : "no-cache",
      })
      createReadStream(file).pipe(res)
      return
    }
    if (path.extname(pathname) && pathname !== "/index.html") {
      res.writeHead(404, { "content-type": TYPES[".txt"] }).end("Not found")
      return
    }
    res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache" }).end(index)
  })

  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  return server
}

/** `node serve-static.mjs <dist>`: how the production image serves a front end. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? "dist"
  const port = Number(process.env.PORT ?? 8080)
  await serveStatic({
    root,
    port,
    config: {
      backendUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
      publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
      stripePublishableKey: process.env.STRIPE_PUBLISHABLE_KEY ?? "",
    },
  })
  console.log(`Serving ${root} on port ${port}`)
}
