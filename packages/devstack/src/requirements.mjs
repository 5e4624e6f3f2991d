/**
 * What `npm test` needs beyond `npm install`, checked before anything runs so a missing piece
 * is named with how to get it, instead of surfacing as a timeout in the middle of a suite.
 */
import { constants } from "node:fs"
import { access } from "node:fs/promises"
import net from "node:net"
import { clientTool } from "./pg-tools.mjs"

const MIN_NODE = [20, 19]

function nodeVersion() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  const ok = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])
  return {
    name: `Node.js ${MIN_NODE.join(".")} or newer`,
    ok,
    found: `Node.js ${process.versions.node}`,
    fix: "Install a current Node.js LTS (the project is tested on Node 20).",
  }
}

async function chromium(env) {
  const file = env.CHROMIUM_PATH || "/usr/bin/chromium"
  const ok = await access(file, constants.X_OK).then(
    () => true,
    () => false
  )
  return {
    name: `Chromium at ${file}, for the browser tests (packages/e2e)`,
    ok,
    found: ok ? file : `nothing runnable at ${file}`,
    fix: "apt-get install chromium (Debian), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  }
}

/** True when something at the URL answers Redis's PING, within a second. */
export function redisAnswers(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port) || 6379, hostname.replace(/^\[|\]$/g, ""))
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1_000, () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    // +PONG, or -NOAUTH from a Redis that wants the password the URL carries.
    socket.on("data", (chunk) => done(/^(\+PONG|-NOAUTH)/.test(chunk.toString())))
    socket.on("error", () => done(false))
  })
}

async function redis(env) {
  const urls = [
    ...new Set([
      env.TEST_REDIS_URL || "redis://127.0.0.1:6379",
      env.REDIS_URL || "redis://127.0.0.1:6379",
    ]),
  ]
  const silent = []
  for (const url of urls) {
    if (!(await redisAnswers(url))) {
      silent.push(url)
    }
  }
  return {
    name: `Redis at ${urls.join(" and ")}, for the rate limiter's and the resilience tests`,
    ok: silent.length === 0,
    found: silent.length ? `no answer from ${silent.join(", ")}` : "answers",
    fix:
      "apt-get install redis-server, then start it: redis-server --port 6379 --bind 127.0.0.1 " +
      "--save '' --daemonize yes (or set TEST_REDIS_URL and REDIS_URL to a Redis of yours).",
  }
}

async function postgresTool(name, env) {
  return clientTool(name, env).then(
    (tool) => ({
      name: `${name}, for the backup test`,
      ok: true,
      found: `${tool.binary} ${tool.text}`,
      fix: "",
    }),
    (error) => ({
      name: `${name}, for the backup test`,
      ok: false,
      found: error.message,
      fix: `apt-get install postgresql-client (Debian), or set ${name.toUpperCase()} to its path.`,
    })
  )
}

/** Every requirement with whether it is met; the caller decides what to print. */
export async function checkRequirements(env = process.env) {
  return [
    nodeVersion(),
    await chromium(env),
    await redis(env),
    await postgresTool("pg_dump", env),
    await postgresTool("pg_restore", env),
  ]
}
