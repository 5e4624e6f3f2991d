/**
 * `node prepare-dist.mjs <dist>`: readies a built front end for nginx in the production images.
 * index.html loads the runtime config script (written when the container starts), and every text
 * file gets its brotli and gzip forms beside it, compressed once at their best so nginx sends
 * them as they are (`brotli_static`, `gzip_static`).
 */
import { readdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { COMPRESSIBLE, compress, renderIndex } from "./serve-static.mjs"

/** nginx's gzip_min_length and brotli_min_length say the same. */
const MIN_BYTES = 256

export async function prepareDist(dist) {
  const indexFile = path.join(dist, "index.html")
  await writeFile(indexFile, renderIndex(await readFile(indexFile, "utf8")))

  const entries = await readdir(dist, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
  let compressed = 0
  for (const file of files) {
    const body = await readFile(file)
    if (body.length < MIN_BYTES) {
      continue
    }
    compressed++
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ]) {
      await writeFile(`${file}${suffix}`, await compress(body, encoding, { best: true }))
    }
  }
  return compressed
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? "dist")
  const count = await prepareDist(dist)
  console.log(`Prepared ${dist}: ${count} text files compressed`)
}
