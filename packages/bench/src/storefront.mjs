/**
 * The storefront's side: how much JavaScript each page needs before it is usable, and what
 * Lighthouse's mobile run makes of it served as `npm start` serves it.
 */
import { existsSync, readFileSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { gzipSync } from "node:zlib"
import { hashTree, ROOT, runLogged } from "@imece/devstack/production-backend"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

const STOREFRONT = path.join(ROOT, "storefront")
const VITE = path.join(ROOT, "node_modules", ".bin", "vite")
const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium"

/** The pages measured, by the module route-map.tsx lazy-loads for each. */
export const PAGES = {
  home: "src/routes/home/home-page/index.ts",
  product: "src/routes/products/product-detail/index.ts",
  producer: "src/routes/producers/producer-detail/index.ts",
  search: "src/routes/search/search-page/index.ts",
  cart: "src/routes/cart/cart-page/index.ts",
  checkout: "src/routes/checkout/checkout-page/index.ts",
}

/**
 * `vite build` into the bench's own folder, with a manifest, so `npm start`'s build is left
 * alone; skipped while the sources are unchanged.
 */
export async function buildStorefront({ outDir, logDir, env, say }) {
  const stamp = `${outDir}.hash`
  const hash = await hashTree(
    [
      "src",
      "public",
      "index.html",
      "vite.config.ts",
      "package.json",
      "../packages/client/src",
      "../packages/i18n/src",
      "../packages/types/src",
      "../package-lock.json",
    ].map((source) => path.join(STOREFRONT, source))
  )
  const built = existsSync(stamp) && (await readFile(stamp, "utf8")) === hash
  if (built && existsSync(path.join(outDir, ".vite", "manifest.json"))) {
    say("✓ The storefront build is up to date")
    return
  }
  await runLogged(
    "storefront-build",
    VITE,
    ["build", "--outDir", outDir, "--emptyOutDir", "--manifest"],
    {
      cwd: STOREFRONT,
      env,
      logDir,
    }
  )
  await writeFile(stamp, hash)
  say("✓ Storefront built")
}

/**
 * The JavaScript a page must load before it is usable, gzip-compressed (zlib's default level,
 * as servers compress): the entry chunk index.html loads, the page's lazy route chunk, and every
 * chunk either imports statically (vite preloads those), each counted once. Chunks loaded later
 * on demand (dynamic imports inside a page) are not counted.
 */
export async function initialJavaScript(outDir) {
  const manifest = JSON.parse(await readFile(path.join(outDir, ".vite", "manifest.json"), "utf8"))
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
  const gzipped = new Map()
  const sizeOf = async (file) => {
    if (!gzipped.has(file)) {
      gzipped.set(file, gzipSync(await readFile(path.join(outDir, file))).length)
    }
    return gzipped.get(file)
  }
  const closure = (key, seen = new Set()) => {
    if (!seen.has(key)) {
      seen.add(key)
      for (const imported of manifest[key].imports ?? []) {
        closure(imported, seen)
      }
    }
    return seen
  }

  const entryChunks = closure(entry)
  const jsFiles = (chunks) =>
    [...chunks].map((key) => manifest[key].file).filter((file) => file.endsWith(".js"))
  const gzippedKb = async (chunks) => {
    let bytes = 0
    for (const file of jsFiles(chunks)) {
      bytes += await sizeOf(file)
    }
    return bytes / 1024
  }

  const pages = {}
  for (const [page, source] of Object.entries(PAGES)) {
    if (!manifest[source]) {
      throw new Error(`The storefront build has no chunk for ${source}; update PAGES in the bench.`)
    }
    const chunks = closure(source, new Set(entryChunks))
    pages[page] = { kb: await gzippedKb(chunks), chunks: jsFiles(chunks).length }
  }
  return { pages, entryKb: await gzippedKb(entryChunks) }
}

/**
 * Lighthouse's default (mobile) performance run on `url`, in a fresh headless Chromium each
 * time so every run starts with a cold cache. `primeUrl`, when given, is opened first, in the
 * same browser, to leave something in the page's localStorage (the shopper's cart); storage is
 * then kept for the run.
 */
async function lighthouseOnce(url, primeUrl, expectRequest) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    ...(primeUrl ? { startingUrl: primeUrl } : {}),
  })
  try {
    if (primeUrl) {
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      disableStorageReset: Boolean(primeUrl),
    })
    const { lhr } = result
    const metric = (id) => lhr.audits[id]?.numericValue
    const requests = lhr.audits["network-requests"]?.details?.items ?? []
    return {
      // Whether the page asked for what it should have (the primed cart), to catch a run that
      // measured an empty page.
      expectedRequestSeen: expectRequest
        ? requests.some((item) => item.url.includes(expectRequest))
        : true,
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
      cls: metric("cumulative-layout-shift"),
      warnings: lhr.runWarnings ?? [],
    }
  } finally {
    await chrome.kill()
  }
}

/**
 * The median run of `runs` by score, with every score kept. `expectRequest` is part of a URL
 * the page must request (e.g. its cart) for the run to count as a real one.
 */
export async function lighthouseMedian(url, { runs, primeUrl, expectRequest }) {
  const results = []
  for (let run = 0; run < runs; run++) {
    results.push(await lighthouseOnce(url, primeUrl, expectRequest))
  }
  const sorted = [...results].sort((a, b) => a.score - b.score)
  return { ...sorted[Math.floor(sorted.length / 2)], scores: results.map((r) => r.score) }
}

/** Where the storefront keeps the open cart's id, read from its source. */
function cartStorageKey() {
  const file = path.join(STOREFRONT, "src", "routes", "cart", "cart-storage.ts")
  const key = readFileSync(file, "utf8").match(/CART_ID_STORAGE_KEY = "([^"]+)"/)?.[1]
  if (!key) {
    throw new Error(`CART_ID_STORAGE_KEY is no longer a plain string in ${file}; update the bench.`)
  }
  return key
}

/**
 * A page of the bench's own beside the storefront's files: it puts a cart id where the
 * storefront keeps it (localStorage), so the checkout page can be measured with a cart.
 */
export async function writeCartPrimer(outDir) {
  const storageKey = cartStorageKey()
  // A script of its own: the storefront's Content-Security-Policy refuses inline scripts.
  await writeFile(
    path.join(outDir, "bench-prime.js"),
    `localStorage.setItem(${JSON.stringify(storageKey)}, new URLSearchParams(location.search).get("cart"))\n`
  )
  await writeFile(
    path.join(outDir, "bench-prime.html"),
    `<!doctype html><script src="/bench-prime.js"></script>`
  )
  return "/bench-prime.html"
}
