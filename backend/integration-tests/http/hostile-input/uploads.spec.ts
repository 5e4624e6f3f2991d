import { integrationTestRunner } from "../../helpers/test-runner"
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { MAX_PHOTO_BYTES } from "../../../src/api/utils/photo-upload"
import {
  changedTables,
  customRoutes,
  dbFingerprint,
  unreadableRefusal,
  type Answer,
} from "../../helpers/hostile"
import { createProducerHeaders, createStoreContext } from "../../helpers/store"

process.env.APPLICATION_PHOTO_RATE_LIMIT = "1000000"

jest.setTimeout(300_000)

/** Where the local file provider keeps uploads (`upload_dir: "static"`, from the backend). */
const UPLOAD_DIR = path.join(process.cwd(), "static")

/** Every upload route: the routes that keep photos (`keepPhotosIn`), found from the tree. */
const uploadRoutes = customRoutes()
  .filter((route) =>
    readFileSync(path.join(route.dir, "route.ts"), "utf8").includes("keepPhotosIn(")
  )
  .map((route) => route.path)

/** Each file name carries this run's mark, so a stored file is found among other tests' files. */
const RUN_MARK = `hostile${Date.now().toString(36)}`

type Upload = { name: string; type: string; content: Buffer }

const image = (format: "jpeg" | "png") =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: "#7a3b8f" } })
    .toFormat(format)
    .toBuffer()

/**
 * Files that are not photos, photos that say they are something else, and too much: each must
 * be refused with a 4xx and a message, and nothing kept. Photos the existing tests cover (a
 * text file named .jpg for applications, 20 MB, six photos) are covered again here for every
 * upload route.
 */
async function hostileUploads(mark: string): Promise<[string, Upload[]][]> {
  const jpeg = await image("jpeg")
  const png = await image("png")
  const file = (name: string, type: string, content: Buffer | string): Upload => ({
    name: `${mark}-${name}`,
    type,
    content: Buffer.isBuffer(content) ? content : Buffer.from(content),
  })
  const pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">' +
    "<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
  // An empty zip archive: only its end-of-directory record.
  const zip = Buffer.from(`504b0506${"00".repeat(18)}`, "hex")
  return [
    ["a text file", [file("notes.txt", "text/plain", "just some text")]],
    ["a text file named .jpg", [file("notes.jpg", "image/jpeg", "just some text")]],
    ["a PDF", [file("invoice.pdf", "application/pdf", pdf)]],
    ["a PDF named .jpg", [file("invoice.jpg", "image/jpeg", pdf)]],
    ["an SVG with a script", [file("logo.svg", "image/svg+xml", svg)]],
    ["an SVG with a script named .png", [file("logo.png", "image/png", svg)]],
    ["a zip", [file("photos.zip", "application/zip", zip)]],
    ["a zip named .jpg", [file("photos.jpg", "image/jpeg", zip)]],
    ["a PNG named .exe", [file("setup.exe", "application/octet-stream", png)]],
    ["a PNG named .jpg", [file("photo.jpg", "image/jpeg", png)]],
    ["a JPEG with no extension", [file("photo", "image/jpeg", jpeg)]],
    ["a truncated JPEG", [file("cut.jpg", "image/jpeg", jpeg.subarray(0, jpeg.length / 2))]],
    ["an empty file", [file("empty.jpg", "image/jpeg", Buffer.alloc(0))]],
    [
      "a file one byte over 5 MB",
      [
        file(
          "big.jpg",
          "image/jpeg",
          Buffer.concat([jpeg, Buffer.alloc(MAX_PHOTO_BYTES + 1 - jpeg.length)])
        ),
      ],
    ],
    [
      "a good photo beside a text file",
      [file("good.jpg", "image/jpeg", jpeg), file("bad.jpg", "image/jpeg", "just some text")],
    ],
    [
      "six photos",
      Array.from({ length: 6 }, (_, index) => file(`many-${index}.jpg`, "image/jpeg", jpeg)),
    ],
  ]
}

/** Files under the upload folder whose name carries the mark. */
function storedFiles(mark: string, dir = UPLOAD_DIR): string[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? storedFiles(mark, full) : entry.name.includes(mark) ? [full] : []
  })
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headersOf: (route: string) => Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      const store = (await createStoreContext(container)).storeHeaders.headers
      const producer = (await createProducerHeaders(container, api)).headers
      headersOf = (route) => {
        if (route.startsWith("/store")) {
          return store
        }
        if (route.startsWith("/producer")) {
          return producer
        }
        throw new Error(`No actor for the upload route ${route}: add one here.`)
      }
    })

    async function upload(route: string, files: Upload[]): Promise<Answer> {
      const form = new FormData()
      for (const { name, type, content } of files) {
        form.append("files", new Blob([new Uint8Array(content)], { type }), name)
      }
      const response = await api.post(route, form, {
        headers: headersOf(route),
        validateStatus: () => true,
      })
      return {
        status: response.status,
        contentType: String(response.headers["content-type"] ?? ""),
        text: JSON.stringify(response.data),
        json: response.data,
      }
    }

    it("finds the upload routes in src/api", () => {
      expect(uploadRoutes).toEqual(
        expect.arrayContaining(["/producer/photos", "/store/producer-applications/photos"])
      )
    })

    it.each(uploadRoutes)(
      "%s refuses what is not a photo, with a 4xx and a message, keeping nothing",
      async (route) => {
        const mark = `${RUN_MARK}${uploadRoutes.indexOf(route)}`
        const before = await dbFingerprint(getContainer())
        const failures: string[] = []
        for (const [name, files] of await hostileUploads(mark)) {
          const problem = unreadableRefusal(await upload(route, files), [400, 413, 415, 422])
          if (problem) {
            failures.push(`${name}: ${problem}`)
          }
        }
        expect(failures).toEqual([])
        expect(storedFiles(mark)).toEqual([])
        expect(changedTables(before, await dbFingerprint(getContainer()))).toEqual([])

        // The same route keeps a real photo: the refusals above were about the files.
        const kept = await upload(route, [
          { name: `${mark}-real.jpg`, type: "image/jpeg", content: await image("jpeg") },
        ])
        expect(kept.status).toBe(201)
        const stored = storedFiles(mark)
        expect(stored).toHaveLength(1)
        stored.forEach((file) => rmSync(file))
      }
    )
  },
})
