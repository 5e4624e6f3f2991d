import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import http from "node:http"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import zlib from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort } from "./embedded-postgres.mjs"
import { prepareDist } from "./prepare-dist.mjs"
import {
  contentSecurityPolicy,
  pickEncoding,
  renderConfigScript,
  serveStatic,
} from "./serve-static.mjs"

const NGINX_DIR = path.resolve(fileURLToPath(import.meta.url), "../../nginx")
const ENTRYPOINT = path.join(NGINX_DIR, "entrypoint.sh")
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file))
/** The nginx half runs where Debian's nginx and its brotli modules are installed. */
const HAS_NGINX =
  Boolean(NGINX) && existsSync("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")

const CONFIG = {
  backendUrl: "http://localhost:9000",
  publishableKey: "pk_0123abcd",
  stripePublishableKey: "pk_test_stand_in",
}

const INDEX = `<!doctype html>
<html lang="tr">
  <head>
    <title>İmece</title>
    <!--IMECE_CONFIG-->
    <script type="module" crossorigin src="/assets/index-4f2a9c.js"></script>
  </head>
  <body><div id="root"></div>${"<!-- long enough to be worth compressing -->".repeat(10)}</body>
</html>
`
const SCRIPT = `export const words = ${JSON.stringify("el emeği ".repeat(500))}\n`

/** A built front end as vite leaves it. */
async function makeDist(dir) {
  await mkdir(path.join(dir, "assets"), { recursive: true })
  await writeFile(path.join(dir, "index.html"), INDEX)
  await writeFile(path.join(dir, "assets", "index-4f2a9c.js"), SCRIPT)
  await writeFile(path.join(dir, "assets", "logo-9d1e.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  await writeFile(path.join(dir, "robots.txt"), "User-agent: *\n")
}

/** A GET (or another method) with exactly the headers given, the body as sent. */
function request(port, pathname, { method = "GET", headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: pathname, method, headers },
      (res) => {
        const chunks = []
        res.on("data", (chunk) => chunks.push(chunk))
        res.on("end", () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) })
        )
      }
    )
    req.on("error", reject)
    req.end()
  })
}

function decode(response) {
  const encoding = response.headers["content-encoding"]
  if (encoding === "br") {
    return zlib.brotliDecompressSync(response.body).toString()
  }
  if (encoding === "gzip") {
    return zlib.gunzipSync(response.body).toString()
  }
  return response.body.toString()
}

/** Sends bytes as they are (no client tidies them up) and reads the status of the answer. */
function rawStatus(port, bytes) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(bytes))
    let answer = ""
    socket.setTimeout(5_000, () =>
      socket.destroy(new Error(`No answer to ${JSON.stringify(bytes)}`))
    )
    socket.on("data", (chunk) => {
      answer += chunk
      socket.end()
    })
    socket.on("error", reject)
    socket.on("close", () => resolve(Number(answer.match(/^HTTP\/1\.[01] (\d{3})/)?.[1] ?? 0)))
  })
}

/** What browsers and scanners may send; none of it may end the server or reach outside. */
const BAD_REQUESTS = [
  "GET /%E0%A4%A HTTP/1.1",
  "GET /% HTTP/1.1",
  "GET /%zz/page HTTP/1.1",
  "GET /assets/%C0%AF.js HTTP/1.1",
  "GET /a%00b HTTP/1.1",
  "GET /..%2f..%2f..%2fetc%2fpasswd HTTP/1.1",
  "GET /../../../etc/passwd HTTP/1.1",
  "GET //etc/passwd HTTP/1.1",
  "GET http://[oops HTTP/1.1",
  `GET /${"a".repeat(6000)} HTTP/1.1`,
  "OPTIONS * HTTP/1.1",
  "BREW / HTTP/1.1",
  "GET /\x01 HTTP/1.1",
]

const servers = [
  {
    name: "npm start's Node server",
    available: true,
    async start(dist) {
      const server = await serveStatic({ root: dist, port: 0, host: "127.0.0.1", config: CONFIG })
      return { port: server.address().port, stop: () => new Promise((r) => server.close(r)) }
    },
  },
  {
    name: "the production images' nginx",
    available: HAS_NGINX,
    async start(dist, work) {
      const html = path.join(work, "html")
      await cp(dist, html, { recursive: true })
      await prepareDist(html)
      const port = await freePort()
      const runDir = path.join(work, "run")
      const child = spawn("sh", [ENTRYPOINT], {
        env: {
          ...process.env,
          PORT: String(port),
          IMECE_RUN_DIR: runDir,
          IMECE_HTML_DIR: html,
          IMECE_NGINX_CONF: path.join(NGINX_DIR, "nginx.conf"),
          MEDUSA_BACKEND_URL: CONFIG.backendUrl,
          MEDUSA_PUBLISHABLE_KEY: CONFIG.publishableKey,
          STRIPE_PUBLISHABLE_KEY: CONFIG.stripePublishableKey,
        },
        stdio: ["ignore", "ignore", "pipe"],
      })
      const errors = []
      child.stderr.on("data", (chunk) => errors.push(chunk))
      const deadline = Date.now() + 10_000
      while (!(await request(port, "/robots.txt").catch(() => null))) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`nginx did not start: ${Buffer.concat(errors)}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return {
        port,
        stop: () =>
          new Promise((resolve) => {
            child.once("exit", resolve)
            child.kill("SIGTERM")
          }),
      }
    },
  },
]

describe.each(servers)("$name", ({ available, start }) => {
  let work
  let server
  beforeAll(async () => {
    if (!available) {
      return
    }
    work = await mkdtemp(path.join(os.tmpdir(), "imece-serve-"))
    // nginx's workers run as another user than the test when it runs as root.
    await chmod(work, 0o755)
    const dist = path.join(work, "dist")
    await makeDist(dist)
    server = await start(dist, work)
  })
  afterAll(async () => {
    await server?.stop()
    if (work) {
      await rm(work, { recursive: true, force: true })
    }
  })

  it.skipIf(!available)("answers every malformed request and keeps serving", async () => {
    for (const line of BAD_REQUESTS) {
      const status = await rawStatus(server.port, `${line}\r\nHost: localhost\r\n\r\n`)
      expect([200, 400, 404, 405, 414], line).toContain(status)
    }
    const passwd = await request(server.port, "/..%2f..%2f..%2fetc%2fpasswd")
    expect(passwd.body.toString()).not.toContain("root:")
    expect((await request(server.port, "/")).status).toBe(200)
  })

  it.skipIf(!available)("serves a page of the app at any path, loading the config", async () => {
    for (const pathname of ["/", "/products/yun-atki", "/tr/sell/orders/por_01"]) {
      const page = await request(server.port, pathname)
      expect(page.status, pathname).toBe(200)
      expect(page.headers["content-type"]).toMatch(/^text\/html/)
      expect(page.headers["cache-control"]).toBe("no-cache")
      expect(page.body.toString()).toContain('<script src="/imece-config.js"></script>')
      expect(page.body.toString()).not.toContain("IMECE_CONFIG")
    }
    const config = await request(server.port, "/imece-config.js")
    expect(config.headers["content-type"]).toMatch(/javascript/)
    expect(config.headers["cache-control"]).toBe("no-cache")
    expect(config.body.toString()).toBe(renderConfigScript(CONFIG))
  })

  it.skipIf(!available)("answers a missing file with 404, never with the page", async () => {
    for (const pathname of ["/assets/index-old.js", "/assets/", "/favicon.ico", "/x/y.css"]) {
      const missing = await request(server.port, pathname)
      expect(missing.status, pathname).toBe(404)
      expect(missing.headers["cache-control"] ?? "", pathname).not.toContain("immutable")
    }
    expect((await request(server.port, "/", { method: "POST" })).status).toBe(405)
  })

  it.skipIf(!available)("keeps hashed assets for a year and the rest revalidated", async () => {
    const asset = await request(server.port, "/assets/index-4f2a9c.js")
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    expect(asset.headers["content-type"]).toMatch(/javascript/)
    const image = await request(server.port, "/assets/logo-9d1e.png")
    expect(image.headers["cache-control"]).toBe("public, max-age=31536000, immutable")
    expect(image.headers["content-type"]).toBe("image/png")
    expect((await request(server.port, "/robots.txt")).headers["cache-control"]).toBe("no-cache")
  })

  it.skipIf(!available)("compresses text with brotli or gzip, whichever is accepted", async () => {
    for (const [pathname, original] of [
      ["/assets/index-4f2a9c.js", SCRIPT],
      ["/products/yun-atki", null],
    ]) {
      const plain = await request(server.port, pathname)
      expect(plain.headers["content-encoding"]).toBeUndefined()
      for (const [accept, encoding] of [
        ["gzip, deflate, br", "br"],
        ["br;q=0, gzip", "gzip"],
        ["gzip", "gzip"],
        ["identity", undefined],
      ]) {
        const answer = await request(server.port, pathname, {
          headers: { "accept-encoding": accept },
        })
        expect(answer.headers["content-encoding"], `${pathname} ${accept}`).toBe(encoding)
        expect(answer.headers.vary).toMatch(/accept-encoding/i)
        expect(decode(answer)).toBe(original ?? plain.body.toString())
        if (encoding) {
          expect(answer.body.length).toBeLessThan(plain.body.length / 2)
        }
      }
    }
    const image = await request(server.port, "/assets/logo-9d1e.png", {
      headers: { "accept-encoding": "br, gzip" },
    })
    expect(image.headers["content-encoding"]).toBeUndefined()
  })

  it.skipIf(!available)("sends the security headers with every answer", async () => {
    const csp = contentSecurityPolicy({ backendUrl: CONFIG.backendUrl, stripe: true })
    for (const pathname of ["/", "/assets/index-4f2a9c.js", "/imece-config.js", "/missing.png"]) {
      const { headers } = await request(server.port, pathname)
      expect(headers["content-security-policy"], pathname).toBe(csp)
      expect(headers["x-frame-options"]).toBe("DENY")
      expect(headers["x-content-type-options"]).toBe("nosniff")
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
      expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()")
    }
  })
})

describe("the Content-Security-Policy", () => {
  it("lets the app reach its backend and, with cards on, Stripe.js", () => {
    const storefront = contentSecurityPolicy({
      backendUrl: "https://api.example.org/",
      stripe: true,
    })
    expect(storefront).toContain("script-src 'self' https://js.stripe.com https://*.js.stripe.com;")
    expect(storefront).toContain(
      "connect-src 'self' https://api.example.org https://api.stripe.com;"
    )
    expect(storefront).toContain("frame-src https://js.stripe.com")
    expect(storefront).toContain("frame-ancestors 'none'")
    expect(storefront).not.toContain("unsafe-eval")
    expect(storefront).not.toMatch(/script-src[^;]*unsafe-inline/)

    const admin = contentSecurityPolicy({ backendUrl: "https://api.example.org", stripe: false })
    expect(admin).not.toContain("stripe")
    expect(admin).toContain("frame-src 'none'")
  })

  it("is the same in the production image as under npm start", () => {
    for (const backendUrl of [
      "http://localhost:9000",
      "https://API.Example.org/",
      "https://shop.example.org:443/store",
      "http://127.0.0.1:80",
    ]) {
      for (const stripeKey of ["", "pk_live_0123"]) {
        const run = runEntrypoint({
          MEDUSA_BACKEND_URL: backendUrl,
          STRIPE_PUBLISHABLE_KEY: stripeKey,
        })
        expect(run.status, run.stderr).toBe(0)
        const csp = run.stdout.match(/Content-Security-Policy "([^"]*)"/)?.[1]
        expect(csp, backendUrl).toBe(contentSecurityPolicy({ backendUrl, stripe: !!stripeKey }))
      }
    }
  })
})

describe("the production images' entrypoint", () => {
  it("writes the runtime config npm start serves", () => {
    const run = runEntrypoint({ MEDUSA_BACKEND_URL: "https://api.example.org" }, [
      "cat",
      "config/imece-config.js",
    ])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toBe(
      renderConfigScript({
        backendUrl: "https://api.example.org",
        publishableKey: "pk_0123",
        stripePublishableKey: "",
      })
    )
  })

  it("refuses values that would break out of the script or the header", () => {
    for (const env of [
      { MEDUSA_BACKEND_URL: `https://x.org"; script-src *` },
      { MEDUSA_BACKEND_URL: "javascript:alert(1)" },
      { MEDUSA_BACKEND_URL: "https://x.org\n; script-src *" },
      { MEDUSA_PUBLISHABLE_KEY: `pk"};alert(1);//` },
      { STRIPE_PUBLISHABLE_KEY: "pk </script>" },
      { PORT: "80; listen 81" },
    ]) {
      const run = runEntrypoint(env)
      expect(run.status, JSON.stringify(env)).toBe(64)
      expect(run.stderr).toMatch(/must be/)
    }
  })

  it.skipIf(!HAS_NGINX)("prepares a configuration nginx accepts", () => {
    // Its access log is /dev/stdout, which cannot be opened on the socket Node reads output from.
    const test = `exec ${NGINX} -t -p ./ -c nginx.conf -e stderr >/dev/null`
    const run = runEntrypoint({}, ["sh", "-c", test])
    expect(run.status, run.stderr).toBe(0)
  })
})

/** Runs the entrypoint in a folder of its own, with `command` (run there) instead of nginx. */
function runEntrypoint(env, command = ["cat", "security-headers.conf"]) {
  const runDir = mkdtempSync(path.join(os.tmpdir(), "imece-entrypoint-"))
  const script = `cd "${runDir}" && exec "$@"`
  const result = spawnSync("sh", [ENTRYPOINT, "sh", "-c", script, "sh", ...command], {
    env: {
      PATH: process.env.PATH,
      IMECE_RUN_DIR: runDir,
      IMECE_HTML_DIR: runDir,
      IMECE_NGINX_CONF: path.join(NGINX_DIR, "nginx.conf"),
      MEDUSA_PUBLISHABLE_KEY: "pk_0123",
      ...env,
    },
  })
  rmSync(runDir, { recursive: true, force: true })
  return {
    status: result.status,
    stdout: result.stdout.toString(),
    stderr: result.stderr.toString(),
  }
}

describe("pickEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br")
    expect(pickEncoding("br;q=0, gzip;q=0.5")).toBe("gzip")
    expect(pickEncoding("*")).toBe("br")
    expect(pickEncoding("*, br;q=0")).toBe("gzip")
    expect(pickEncoding("gzip;q=0")).toBe(null)
    expect(pickEncoding("identity")).toBe(null)
    expect(pickEncoding("")).toBe(null)
    expect(pickEncoding(undefined)).toBe(null)
  })
})
