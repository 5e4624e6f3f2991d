/**
 * The production shape's gateway (nginx/gateway.conf) on this machine, in front of API servers
 * that run here: for its test and for the bench. It needs Debian's nginx with the brotli module,
 * as the gateway's image has them.
 */
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { chmod, mkdtemp, rm } from "node:fs/promises"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "./embedded-postgres.mjs"

const NGINX_DIR = path.resolve(fileURLToPath(import.meta.url), "../../nginx")

/** Whether this machine can run the gateway. */
export const gatewayAvailable = () =>
  ["/usr/sbin/nginx", "/usr/bin/nginx"].some((file) => existsSync(file)) &&
  existsSync("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")

const answers = (port) =>
  new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
      res.resume()
      resolve(true)
    })
    req.on("error", () => resolve(false))
  })

/**
 * Starts the gateway through its entrypoint, as the image does, in front of `servers`
 * (`host:port` each) and, when given, the bucket photos are kept in (`uploads`, its URL);
 * answers its URL, its master's pid and how to stop it.
 */
export async function startGateway({ servers, port, uploads }) {
  const work = await mkdtemp(path.join(os.tmpdir(), "imece-gateway-"))
  // nginx's workers run as another user than this process when it runs as root.
  await chmod(work, 0o755)
  const listen = port ?? (await freePort())
  const child = spawn("sh", [path.join(NGINX_DIR, "gateway-entrypoint.sh")], {
    env: {
      ...process.env,
      PORT: String(listen),
      IMECE_RUN_DIR: path.join(work, "run"),
      IMECE_NGINX_CONF: path.join(NGINX_DIR, "gateway.conf"),
      API_SERVERS: servers.join(" "),
      UPLOADS_BUCKET_URL: uploads ?? "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  })
  const errors = []
  child.stderr.on("data", (chunk) => errors.push(chunk))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((resolve) => {
        child.once("exit", resolve)
        child.kill("SIGTERM")
      })
    }
    await rm(work, { recursive: true, force: true })
  }
  const deadline = Date.now() + 10_000
  while (!(await answers(listen))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`The gateway did not start: ${Buffer.concat(errors)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url: `http://127.0.0.1:${listen}`, port: listen, pid: child.pid, stop }
}
