import { existsSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { failedRequest } from "../../helpers/http"
import { startLocalS3 } from "../../helpers/local-s3"
import { photoForm } from "../../helpers/photos"
import { setUpCooperativeStore } from "../../helpers/shop"
import { createAyseAndZehra, createStoreContext } from "../../helpers/store"
import { integrationTestRunner } from "../../helpers/test-runner"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

const BUCKET = "imece-photos"
const S3_SETTINGS = [
  "S3_BUCKET",
  "S3_FILE_URL",
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
] as const

let s3: Awaited<ReturnType<typeof startLocalS3>>
const before: Partial<Record<(typeof S3_SETTINGS)[number], string>> = {}

// Before the runner's own beforeAll, which reads medusa-config with these settings.
beforeAll(async () => {
  s3 = await startLocalS3(BUCKET)
  for (const name of S3_SETTINGS) {
    before[name] = process.env[name]
  }
  Object.assign(process.env, {
    S3_BUCKET: BUCKET,
    S3_FILE_URL: s3.fileUrl,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
  })
})

afterAll(async () => {
  for (const name of S3_SETTINGS) {
    if (before[name] === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = before[name]
    }
  }
  await s3?.stop()
})

const earrings = {
  title: "Oya küpe",
  description: "İğne oyası küpe, ipek iplikle.",
  prices: { try: 450, eur: 14 },
  stock: 5,
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Photos in S3-compatible storage (several API servers, no disk of their own)", () => {
      let ayse: Headers
      let zehra: Headers

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        await setUpCooperativeStore(container, context.salesChannelId)
        ;({ ayse, zehra } = await createAyseAndZehra(container, api))
      })

      it("keeps her photo in the bucket, not on the server's disk, at a lasting public address", async () => {
        const { status, data } = await api.post("/producer/photos", await photoForm(), ayse)
        expect(status).toBe(201)
        const [photo] = data.photos
        expect(photo.url).toBe(`${s3.fileUrl}/${photo.id}`)

        const stored = await fetch(photo.url)
        expect(stored.status).toBe(200)
        const { width, format } = await sharp(Buffer.from(await stored.arrayBuffer())).metadata()
        expect([width, format]).toEqual([1600, "jpeg"])
        expect(existsSync(path.join(process.cwd(), "static", photo.id))).toBe(false)

        const { data: listed } = await api.post(
          "/producer/products",
          { ...earrings, photo_ids: [photo.id] },
          ayse
        )
        // Not a signed address that lapses in an hour: the product shows it for years.
        expect(listed.product.thumbnail).toBe(photo.url)
        expect(listed.product.images.map((image: { url: string }) => image.url)).toEqual([
          photo.url,
        ])
      })

      it("refuses a photo that is not in the bucket, or is another producer's", async () => {
        const [hers] = (await api.post("/producer/photos", await photoForm(), ayse)).data.photos
        const [zehras] = (await api.post("/producer/photos", await photoForm(), zehra)).data.photos
        const folder = hers.id.slice(0, hers.id.lastIndexOf("/"))

        for (const photoId of [`${folder}/never-uploaded.jpg`, zehras.id]) {
          const refused = await failedRequest(
            api.post("/producer/products", { ...earrings, photo_ids: [photoId] }, ayse)
          )
          expect([refused.status, refused.code]).toEqual([400, "photo_not_found"])
        }
        expect((await api.get("/producer/products", ayse)).data.count).toBe(0)
      })
    })
  },
})
