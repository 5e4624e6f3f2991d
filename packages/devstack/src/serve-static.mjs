/**
 * How `npm start` serves the two built front ends: files as they are (compressed when they are
 * text), every other path gets index.html, with the same security headers the production
 * images' nginx sends (packages/devstack/nginx). No request, however malformed, may end it.
 */
import { createHash } from "node:crypto"
import { readFile, stat } from "node:fs/promises"
import http from "node:http"
import path from "node:path"
import { promisify } from "node:util"
import zlib from "node:zlib"

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "text/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
}

/** Text worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".webmanifest",
  ".svg",
  ".xml",
  ".txt",
])

/** Below this a compressed body is not worth its own header. */
const MIN_COMPRESS_BYTES = 256

const CONFIG_PLACEHOLDER = "<!--IMECE_CONFIG-->"

/** Where the runtime config is served; index.html loads it before the app's module. */
export const CONFIG_SCRIPT = "/imece-config.js"

/** Vite puts a content hash in every asset name, so they never change once built. */
const IMMUTABLE = "public, max-age=31536000, immutable"

const STRIPE = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
}

/**
 * The front ends are built once and told where the backend is when they are served: index.html
 * loads a small script with the backend URL and keys, so changing a port or a key never needs a
 * rebuild, and no inline script has to be allowed by the Content-Security-Policy.
 */
export function renderIndex(html) {
  return html.replace(CONFIG_PLACEHOLDER, `<script src="${CONFIG_SCRIPT}"></script>`)
}

export function renderConfigScript(config) {
  return `window.__IMECE_CONFIG__=${JSON.stringify(config).replace(/</g, "\\u003c")}\n`
}

/**
 * The app's own files, its backend and, on the storefront when cards are on, Stripe.js with the
 * frames and API it uses. Styles may be inline: React and Radix set them at run time.
 */
export function contentSecurityPolicy({ backendUrl, stripe = false }) {
  const backend = new URL(backendUrl).origin
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...(stripe ? STRIPE.script : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", backend, ...(stripe ? STRIPE.img : [])],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", backend, ...(stripe ? STRIPE.connect : [])],
    ["frame-src", ...(stripe ? STRIPE.frame : ["'none'"])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ]
  return directives.map((directive) => directive.join(" ")).join("; ")
}

export function securityHeaders(options) {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
  }
}

const compressors = {
  br: promisify(zlib.brotliCompress),
  gzip: promisify(zlib.gzip),
}

/**
 * The body in one encoding; `best` for files compressed once at build time, a quicker level
 * for what is compressed while a person waits.
 */
export function compress(body, encoding, { best = false } = {}) {
  return encoding === "br"
    ? compressors.br(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 9,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : compressors.gzip(body, { level: best ? 9 : 6 })
}

/** The encoding to answer an Accept-Encoding header with: brotli, else gzip, else none. */
export function pickEncoding(header = "") {
  const quality = new Map()
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";")
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="))
    if (name) {
      quality.set(name, q ? Number(q.slice(2)) || 0 : 1)
    }
  }
  const accepts = (name) => (quality.get(name) ?? quality.get("*") ?? 0) > 0
  return ["br", "gzip"].find(accepts) ?? null
}

/** The path a request names, or null when it cannot name a file (bad escapes, NUL bytes). */
function requestPath(url) {
  let pathname
  try {
    pathname = decodeURIComponent(new URL(url ?? "/", "http://localhost").pathname)
  } catch (error) {
    if (error instanceof URIError || error instanceof TypeError) {
      return null
    }
    throw error
  }
  return pathname.includes("\0") ? null : pathname
}

/** One servable body with its compressed forms, made on first use and kept. */
class Entry {
  constructor(body, extension, cacheControl) {
    this.body = body
    this.type = TYPES[extension] ?? "application/octet-stream"
    this.cacheControl = cacheControl
    this.compressible = COMPRESSIBLE.has(extension) && body.length >= MIN_COMPRESS_BYTES
    this.etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`
    this.encoded = new Map()
  }

  encode(encoding) {
    if (!this.encoded.has(encoding)) {
      this.encoded.set(encoding, compress(this.body, encoding))
    }
    return this.encoded.get(encoding)
  }
}

/** Serves a built single-page app: files as they are, every other path gets index.html. */
export async function serveStatic({ root, port, host = "0.0.0.0", config }) {
  const rootDir = path.resolve(root)
  const headers = securityHeaders({
    backendUrl: config.backendUrl,
    stripe: Boolean(config.stripePublishableKey),
  })
  const index = new Entry(
    Buffer.from(renderIndex(await readFile(path.join(rootDir, "index.html"), "utf8"))),
    ".html",
    "no-cache"
  )
  const configScript = new Entry(Buffer.from(renderConfigScript(config)), ".js", "no-cache")
  const files = new Map()

  async function fileEntry(pathname) {
    const file = path.join(rootDir, path.normalize(pathname))
    if (!file.startsWith(rootDir + path.sep) || path.basename(file) === "index.html") {
      return null
    }
    const info = await stat(file).catch((error) => {
      if (["ENOENT", "ENOTDIR", "ENAMETOOLONG", "EACCES", "ELOOP"].includes(error.code)) {
        return null
      }
      throw error
    })
    if (!info?.isFile()) {
      return null
    }
    const known = files.get(file)
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) {
      return known.entry
    }
    const entry = new Entry(
      await readFile(file),
      path.extname(file).toLowerCase(),
      pathname.startsWith("/assets/") ? IMMUTABLE : "no-cache"
    )
    files.set(file, { mtimeMs: info.mtimeMs, size: info.size, entry })
    return entry
  }

  function answer(res, status, extra, body = "") {
    res.writeHead(status, { ...headers, ...extra })
    res.end(body)
  }

  async function send(req, res, entry) {
    const encoding = entry.compressible ? pickEncoding(req.headers["accept-encoding"]) : null
    const common = {
      ...headers,
      "content-type": entry.type,
      "cache-control": entry.cacheControl,
      etag: entry.etag,
      ...(entry.compressible && { vary: "Accept-Encoding" }),
    }
    const known = (req.headers["if-none-match"] ?? "").split(",").map((tag) => tag.trim())
    if (known.includes(entry.etag)) {
      res.writeHead(304, common).end()
      return
    }
    const body = encoding ? await entry.encode(encoding) : entry.body
    res.writeHead(200, {
      ...common,
      ...(encoding && { "content-encoding": encoding }),
      "content-length": body.length,
    })
    res.end(req.method === "HEAD" ? undefined : body)
  }

  async function handle(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      answer(res, 405, { allow: "GET, HEAD", "content-type": TYPES[".txt"] }, "Method not allowed")
      return
    }
    const pathname = requestPath(req.url)
    if (pathname === null) {
      answer(res, 400, { "content-type": TYPES[".txt"] }, "Bad request")
      return
    }
    if (pathname === CONFIG_SCRIPT) {
      return send(req, res, configScript)
    }
    const file = await fileEntry(pathname)
    if (file) {
      return send(req, res, file)
    }
    // A missing file is a 404, so a stale asset or a typo never gets a page of HTML as script.
    if (pathname.startsWith("/assets/") || (path.extname(pathname) && pathname !== "/index.html")) {
      answer(res, 404, { "content-type": TYPES[".txt"], "cache-control": "no-cache" }, "Not found")
      return
    }
    return send(req, res, index)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      process.stderr.write(`serve-static: ${req.method} ${req.url}: ${error.stack}\n`)
      if (res.headersSent) {
        res.destroy()
      } else {
        answer(res, 500, { "content-type": TYPES[".txt"] }, "Internal error")
      }
    })
  })

  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  return server
}
