import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import zlib from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { gatewayAvailable, startGateway } from "./gateway.mjs"

const KEY = { "x-publishable-api-key": "pk_0123abcd" }
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * An API server as the gateway sees one: it answers with its name, what it was asked and the
 * headers that reached it, and counts what it served.
 */
async function apiServer(name) {
  const served = []
  const server = http.createServer((req, res) => {
    served.push(`${req.method} ${req.url}`)
    const status = req.url.startsWith("/store/products/broken") ? 500 : 200
    res.writeHead(status, {
      ...(req.headers.origin && { "access-control-allow-origin": req.headers.origin }),
      "content-type": "application/json; charset=utf-8",
      "cache-control": "public, no-cache",
      vary: "x-publishable-api-key",
    })
    res.end(
      JSON.stringify({
        server: name,
        url: req.url,
        at: Date.now(),
        headers: req.headers,
        words: "el emeği göz nuru ".repeat(100),
      })
    )
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    name,
    served,
    port: server.address().port,
    // The gateway keeps its connections open: they are closed with the server.
    stop: () =>
      new Promise((resolve) => {
        server.close(resolve)
        server.closeAllConnections()
      }),
  }
}

function request(port, pathname, { method = "GET", headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: pathname, method, headers, agent: false },
      (res) => {
        const chunks = []
        res.on("data", (chunk) => chunks.push(chunk))
        res.on("end", () => {
          const raw = Buffer.concat(chunks)
          const encoding = res.headers["content-encoding"]
          const text =
            encoding === "br"
              ? zlib.brotliDecompressSync(raw).toString()
              : encoding === "gzip"
                ? zlib.gunzipSync(raw).toString()
                : raw.toString()
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: text.startsWith("{") ? JSON.parse(text) : text,
          })
        })
      }
    )
    req.on("error", reject)
    req.end()
  })
}

describe.skipIf(!gatewayAvailable())("the gateway in front of the API servers", () => {
  let gateway
  let port
  const servers = []

  let bucket

  beforeAll(async () => {
    servers.push(await apiServer("server-a"), await apiServer("server-b"))
    bucket = await apiServer("bucket")
    gateway = await startGateway({
      servers: servers.map((server) => `127.0.0.1:${server.port}`),
      uploads: `http://127.0.0.1:${bucket.port}/imece`,
    })
    port = gateway.port
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([...servers, bucket].map((server) => server?.stop()))
  })

  const servedAll = () => servers.flatMap((server) => server.served)
  const servedOf = (line) => servedAll().filter((served) => served === line).length

  it("spreads requests over every server, and tells each who the shopper is", async () => {
    const answers = []
    for (let n = 0; n < 6; n++) {
      answers.push(await request(port, `/store/carts/cart_${n}`, { headers: KEY }))
    }
    expect(new Set(answers.map((answer) => answer.body.server))).toEqual(
      new Set(["server-a", "server-b"])
    )
    const { body } = answers[0]
    expect(body.headers["x-forwarded-for"]).toBe("127.0.0.1")
    expect(body.headers["x-publishable-api-key"]).toBe("pk_0123abcd")
  })

  it("keeps an anonymous catalogue read for a second, per key and language", async () => {
    const list = "/store/products?limit=12&region_id=reg_1"
    const first = await request(port, list, { headers: KEY })
    const second = await request(port, list, { headers: KEY })
    expect([first.headers["x-gateway-cache"], second.headers["x-gateway-cache"]]).toEqual([
      "MISS",
      "HIT",
    ])
    expect(second.body.at).toBe(first.body.at)
    expect(servedOf(`GET ${list}`)).toBe(1)

    const persian = await request(port, list, { headers: { ...KEY, "x-medusa-locale": "fa-IR" } })
    expect(persian.headers["x-gateway-cache"]).toBe("MISS")
    const otherKey = await request(port, list, { headers: { "x-publishable-api-key": "pk_other" } })
    expect(otherKey.headers["x-gateway-cache"]).toBe("MISS")

    await sleep(2_100)
    const later = await request(port, list, { headers: KEY })
    expect(later.headers["x-gateway-cache"]).toMatch(/MISS|EXPIRED/)
    expect(later.body.at).toBeGreaterThan(first.body.at)
  })

  it("keeps a search as it keeps the catalogue, and a search for other words apart", async () => {
    const search = "/store/search?q=oya&limit=12"
    await request(port, search, { headers: KEY })
    const again = await request(port, search, { headers: KEY })
    expect(again.headers["x-gateway-cache"]).toBe("HIT")
    expect(servedOf(`GET ${search}`)).toBe(1)
    const other = await request(port, "/store/search?q=kilim&limit=12", { headers: KEY })
    expect(other.headers["x-gateway-cache"]).toBe("MISS")
    const nested = await request(port, "/store/search/anything", { headers: KEY })
    expect(nested.headers["x-gateway-cache"]).toBeUndefined()
  })

  it("keeps what it answered a page apart from what it answered another origin or none", async () => {
    const list = "/store/products?limit=12&region_id=reg_cors"
    await request(port, list, { headers: KEY })
    const fromStorefront = { ...KEY, origin: "https://magaza.example.org" }
    const first = await request(port, list, { headers: fromStorefront })
    const again = await request(port, list, { headers: fromStorefront })
    expect([first.headers["x-gateway-cache"], again.headers["x-gateway-cache"]]).toEqual([
      "MISS",
      "HIT",
    ])
    expect(again.headers["access-control-allow-origin"]).toBe("https://magaza.example.org")
  })

  it("asks the servers afresh for a reload, and keeps what they answered", async () => {
    const detail = "/store/products/prod_reload"
    await request(port, detail, { headers: KEY })
    const reload = await request(port, detail, { headers: { ...KEY, "cache-control": "no-cache" } })
    expect(reload.headers["x-gateway-cache"]).toBe("BYPASS")
    const next = await request(port, detail, { headers: KEY })
    expect(next.headers["x-gateway-cache"]).toBe("HIT")
    expect(next.body.at).toBe(reload.body.at)
    expect(servedOf(`GET ${detail}`)).toBe(2)
  })

  it("never keeps a signed-in shopper's read, a cart, a write or a failure", async () => {
    const list = "/store/products?limit=3"
    const signedIn = { ...KEY, authorization: "Bearer her-token" }
    const session = { ...KEY, cookie: "lang=fa; connect.sid=s%3Aher-session" }
    for (const headers of [signedIn, signedIn, session, session]) {
      const answer = await request(port, list, { headers })
      expect(answer.headers["x-gateway-cache"]).toBe("BYPASS")
      expect(answer.body.headers.authorization ?? answer.body.headers.cookie).toBeTruthy()
    }
    expect(servedOf(`GET ${list}`)).toBe(4)
    // What she was answered was not kept for the next shopper either.
    const anonymous = await request(port, list, { headers: KEY })
    expect(anonymous.headers["x-gateway-cache"]).toBe("MISS")
    expect(anonymous.body.headers.authorization).toBeUndefined()

    for (const [method, pathname] of [
      ["GET", "/store/carts/cart_kept"],
      ["GET", "/store/customers/me"],
      ["POST", "/store/products/prod_1"],
      ["GET", "/store/products/broken"],
      ["GET", "/producer/products"],
      ["GET", "/admin/products"],
    ]) {
      await request(port, pathname, { method, headers: KEY })
      const again = await request(port, pathname, { method, headers: KEY })
      expect(again.headers["x-gateway-cache"] ?? "none", `${method} ${pathname}`).not.toBe("HIT")
      expect(servedOf(`${method} ${pathname}`), `${method} ${pathname}`).toBe(2)
    }
  })

  it("compresses what it sends as the phone accepts, and asks the servers for plain JSON", async () => {
    for (const encoding of ["br", "gzip"]) {
      const answer = await request(port, "/store/regions", {
        headers: { ...KEY, "accept-encoding": encoding },
      })
      expect(answer.headers["content-encoding"]).toBe(encoding)
      expect(answer.body.headers["accept-encoding"]).toBeUndefined()
    }
    const headers = (await request(port, "/store/regions", { headers: KEY })).headers
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["x-frame-options"]).toBe("DENY")
  })

  it("answers only the API's addresses, Medusa's dashboard among them", async () => {
    const before = servedAll().length
    for (const pathname of ["/", "/.env", "/wp-admin/", "/storefront", "/application"]) {
      expect((await request(port, pathname)).status, pathname).toBe(404)
    }
    expect(servedAll().length).toBe(before)
    expect((await request(port, "/app/login")).body.url).toBe("/app/login")
  })

  it("serves the photos in the bucket at /uploads/, never its list, and takes nothing into it", async () => {
    const photo = await request(port, "/uploads/producers/prdcr_1/kupe-01.jpg")
    expect([photo.status, photo.body.server, photo.body.url]).toEqual([
      200,
      "bucket",
      "/imece/producers/prdcr_1/kupe-01.jpg",
    ])
    expect(photo.body.headers.host).toBe(`127.0.0.1:${bucket.port}`)
    for (const method of ["PUT", "POST", "DELETE"]) {
      const refused = await request(port, "/uploads/producers/prdcr_1/kupe-01.jpg", { method })
      expect(refused.status, method).toBe(403)
    }
    expect((await request(port, "/uploads/")).status).toBe(404)
    expect(bucket.served).toEqual(["GET /imece/producers/prdcr_1/kupe-01.jpg"])
  })

  it("goes on answering from the other server when one stops", async () => {
    const [first, second] = servers
    await first.stop()
    const answers = []
    for (let n = 0; n < 6; n++) {
      answers.push(await request(port, `/store/carts/after_${n}`, { headers: KEY }))
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect(new Set(answers.map((answer) => answer.body.server))).toEqual(new Set([second.name]))
  })
})

describe("the gateway's entrypoint", () => {
  const entrypoint = path.resolve(
    fileURLToPath(import.meta.url),
    "../../nginx/gateway-entrypoint.sh"
  )

  it("refuses servers, ports and buckets that could break out of its configuration", () => {
    const runDir = mkdtempSync(path.join(os.tmpdir(), "imece-gateway-entrypoint-"))
    try {
      const start = (env) =>
        spawnSync("sh", [entrypoint, "true"], {
          env: {
            ...process.env,
            IMECE_RUN_DIR: runDir,
            IMECE_NGINX_CONF: path.join(path.dirname(entrypoint), "gateway.conf"),
            ...env,
          },
          encoding: "utf8",
        })
      for (const env of [
        { API_SERVERS: "server-a:9000; include /etc/passwd" },
        { API_SERVERS: "server-a" },
        { API_SERVERS: " " },
        { PORT: "80; daemon on" },
      ]) {
        const run = start(env)
        expect(run.status, JSON.stringify(env)).toBe(64)
        expect(run.stderr).toMatch(/^gateway-entrypoint\.sh: (API_SERVERS|PORT) must/)
      }
      for (const env of [
        { UPLOADS_BUCKET_URL: "http://minio:9000/imece; include /etc/passwd" },
        { UPLOADS_BUCKET_URL: "http://minio:9000" },
        { UPLOADS_BUCKET_URL: "file:///etc/imece" },
      ]) {
        const run = start(env)
        expect(run.status, JSON.stringify(env)).toBe(64)
        expect(run.stderr).toMatch(/^gateway-entrypoint\.sh: UPLOADS_BUCKET_URL must/)
      }
      expect(start({ API_SERVERS: "server-a:9000 10.0.0.7:9000" }).status).toBe(0)
      expect(readFileSync(path.join(runDir, "uploads.conf"), "utf8")).toBe("")
      expect(start({ UPLOADS_BUCKET_URL: "http://minio:9000/imece" }).status).toBe(0)
      expect(readFileSync(path.join(runDir, "uploads.conf"), "utf8")).toContain(
        "proxy_pass http://minio:9000/imece/;"
      )
    } finally {
      rmSync(runDir, { recursive: true, force: true })
    }
  })
})
