/**
 * The backend as production runs it (`medusa build`, then `medusa start` from the build), for
 * tools that need it next to `npm start` rather than instead of it, such as `npm run bench`.
 *
 * `medusa build` empties its output folder before writing it, so two builds of the same backend
 * folder break each other's running servers. This builds a private copy of `backend/` kept in
 * the caller's folder instead, and skips the build while the sources are unchanged.
 */
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { createWriteStream, existsSync } from "node:fs"
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../../..")
export const BACKEND = path.join(ROOT, "backend")
export const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")

/** What the backend build is made from, copied and hashed. */
const BACKEND_SOURCES = ["src", "medusa-config.ts", "package.json", "tsconfig.json"]
const SKIPPED_DIRS = new Set([
  "node_modules",
  "dist",
  ".medusa",
  ".turbo",
  "static",
  ".test-results",
])

/** A hash of every file under `paths` (names and contents), skipping build output. */
export async function hashTree(paths) {
  const hash = createHash("sha256")
  const visit = async (target) => {
    if (!existsSync(target)) {
      return
    }
    const entries = await readdir(target, { withFileTypes: true }).catch(() => null)
    if (!entries) {
      hash.update(path.relative(ROOT, target))
      hash.update(await readFile(target))
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!SKIPPED_DIRS.has(entry.name)) {
        await visit(path.join(target, entry.name))
      }
    }
  }
  for (const target of paths) {
    await visit(target)
  }
  return hash.digest("hex")
}

/**
 * Runs a command with its output in `<logDir>/<name>.log`, each line also given to `onLine` (to
 * show progress); on failure the end of the log is shown.
 */
export async function runLogged(name, command, args, { cwd, env, logDir, onLine }) {
  const logFile = path.join(logDir, `${name}.log`)
  const log = createWriteStream(logFile)
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
  // Both streams go to one log, so neither may end it: the first to close would cut the other.
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  if (onLine) {
    let pending = ""
    child.stdout.on("data", (chunk) => {
      const lines = (pending + chunk).split("\n")
      pending = lines.pop()
      lines.forEach(onLine)
    })
  }
  const code = await new Promise((resolve) => child.on("close", resolve))
  await new Promise((resolve) => log.end(resolve))
  if (code !== 0) {
    const tail = (await readFile(logFile, "utf8")).split("\n").slice(-40).join("\n")
    throw new Error(`${name} failed (exit ${code}). The end of ${logFile}:\n${tail}`)
  }
}

/**
 * Builds a copy of `backend/` in `dir` and answers the folder `medusa start` runs in. Medusa's
 * admin dashboard is left out (MEDUSA_ADMIN_DISABLED), as nothing here opens it; `staticDir` is
 * linked in as the folder the backend serves at `/static`.
 */
export async function buildBackendCopy({ dir, staticDir, logDir, env, log = () => {} }) {
  const app = path.join(dir, "backend")
  const built = path.join(app, ".medusa", "server")
  const stamp = path.join(dir, "backend-build.hash")
  const hash = await hashTree([
    ...BACKEND_SOURCES.map((source) => path.join(BACKEND, source)),
    path.join(ROOT, "package-lock.json"),
  ])
  const current = existsSync(stamp) ? await readFile(stamp, "utf8") : null
  if (current !== hash || !existsSync(path.join(built, "medusa-config.js"))) {
    log("Building a copy of the backend (medusa build, without the admin dashboard)…")
    await rm(app, { recursive: true, force: true })
    await mkdir(app, { recursive: true })
    for (const source of BACKEND_SOURCES) {
      await cp(path.join(BACKEND, source), path.join(app, source), {
        recursive: true,
        // Tests are no part of a server, and one being written must not stop the build.
        filter: (file) => !SKIPPED_DIRS.has(path.basename(file)) && !/\.spec\.tsx?$/.test(file),
      })
    }
    await runLogged("backend-build", MEDUSA, ["build"], {
      cwd: app,
      env: { ...env, MEDUSA_ADMIN_DISABLED: "true" },
      logDir,
    })
    await writeFile(stamp, hash)
  } else {
    log("The backend copy is built from the current sources.")
  }
  await mkdir(staticDir, { recursive: true })
  await rm(path.join(built, "static"), { recursive: true, force: true })
  await symlink(path.resolve(staticDir), path.join(built, "static"))
  return { built, hash }
}

async function waitForHealth(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The backend stopped (exit ${child.exitCode}); see ${logFile}`)
    }
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`The backend did not answer ${url}/health in time; see ${logFile}`)
}

/**
 * `medusa start` in `built` on `port`, once it answers `/health`. `pid` is the server process
 * itself (Medusa forks no workers without `--cluster`), for reading its memory.
 */
export async function startBuiltBackend({
  built,
  port,
  env,
  logDir,
  name = "backend",
  timeoutMs = 120_000,
}) {
  const logFile = path.join(logDir, `${name}.log`)
  const log = createWriteStream(logFile)
  const child = spawn(MEDUSA, ["start", "--port", String(port)], {
    cwd: built,
    env: { ...env, MEDUSA_ADMIN_DISABLED: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout.pipe(log, { end: false })
  child.stderr.pipe(log, { end: false })
  child.once("close", () => log.end())
  const url = `http://localhost:${port}`
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        return resolve()
      }
      child.once("exit", resolve)
      child.kill("SIGTERM")
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
    })
  try {
    await waitForHealth(url, child, logFile, timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid: child.pid, child, logFile, stop }
}
