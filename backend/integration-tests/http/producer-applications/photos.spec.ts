import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import sharp from "sharp"
import { applicationAnswers } from "../../helpers/applications"
import { failedRequest } from "../../helpers/http"
import { createProducerHeaders, createStaffHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

/** A photo as a phone would take it: large, here a 3000×2000 JPEG. */
const photo = (format: "jpeg" | "png" = "jpeg") =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#a4372a" } })
    .toFormat(format)
    .toBuffer()

function form(files: { name: string; content: Buffer; type?: string }[]) {
  const body = new FormData()
  for (const file of files) {
    body.append(
      "files",
      new Blob([new Uint8Array(file.content)], { type: file.type ?? "image/jpeg" }),
      file.name
    )
  }
  return body
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: photos with an application", () => {
      let store: Headers

      beforeEach(async () => {
        store = (await createStoreContext(getContainer())).storeHeaders
      })

      const upload = (files: { name: string; content: Buffer; type?: string }[]) =>
        api.post("/store/producer-applications/photos", form(files), store)

      async function storedFiles() {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "producer_application", fields: ["id"] })
        return data.length
      }

      it("takes photos, shrinks them to at most 1600 px, and attaches them to the application", async () => {
        const { status, data } = await upload([{ name: "oya.jpg", content: await photo() }])
        expect(status).toBe(201)
        expect(data.photos).toEqual([
          { id: expect.any(String), url: expect.stringMatching(/\.jpg$/) },
        ])

        const stored = await api.get(new URL(data.photos[0].url).pathname, {
          responseType: "arraybuffer",
        })
        const { width, height, format } = await sharp(Buffer.from(stored.data)).metadata()
        expect([width, height, format]).toEqual([1600, 1067, "jpeg"])

        await api.post(
          "/store/producer-applications",
          applicationAnswers({ photo_ids: [data.photos[0].id] }),
          store
        )
        const staff = await createStaffHeaders(getContainer(), api)
        const {
          data: { applications },
        } = await api.get("/admin/producer-applications", staff)
        expect(applications[0].photo_urls).toEqual([data.photos[0].url])
      })

      it("replaces her photos when she resubmits with new ones, and refuses made-up ids", async () => {
        const first = await upload([{ name: "dark.jpg", content: await photo() }])
        const { data: applied } = await api.post(
          "/store/producer-applications",
          applicationAnswers({ photo_ids: [first.data.photos[0].id] }),
          store
        )
        const staff = await createStaffHeaders(getContainer(), api)
        const { id } = (await api.get("/admin/producer-applications", staff)).data.applications[0]
        await api.post(
          `/admin/producer-applications/${id}/request-changes`,
          { message: "Gün ışığında çekilmiş fotoğraflar ekler misiniz?" },
          staff
        )
        const lookup = { email: "ayse@example.com", reference: applied.application.reference }

        const madeUp = await failedRequest(
          api.post(
            "/store/producer-applications/resubmit",
            { ...lookup, photo_ids: ["file_made_up"] },
            store
          )
        )
        expect(madeUp.status).toBe(400)
        const unchanged = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(unchanged.data.application.status).toBe("changes_requested")

        const second = await upload([
          { name: "daylight-1.jpg", content: await photo() },
          { name: "daylight-2.png", content: await photo("png") },
        ])
        await api.post(
          "/store/producer-applications/resubmit",
          { ...lookup, photo_ids: second.data.photos.map((p: { id: string }) => p.id) },
          store
        )
        const { data } = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(data.application.status).toBe("submitted")
        expect(data.application.photo_urls).toEqual(
          second.data.photos.map((p: { url: string }) => p.url)
        )
      })

      it.each([
        [
          "a file that is not an image",
          [{ name: "notes.jpg", content: Buffer.from("just some text") }],
          /not a JPEG, PNG or WebP/,
          { code: "photo_not_an_image", params: { name: "notes.jpg" } },
        ],
        [
          "an image whose name says otherwise",
          [{ name: "photo.txt", content: Buffer.alloc(0) }],
          /not a JPEG, PNG or WebP/,
          { code: "photo_not_an_image", params: { name: "photo.txt" } },
        ],
        ["no file", [], /at least one photo/, {}],
      ])("refuses %s with a 400 and a message", async (_case, files, message, coded) => {
        const content =
          files.length && files[0].name === "photo.txt" ? await photo("png") : undefined
        const error = await failedRequest(
          upload(files.map((file) => ({ ...file, content: content ?? file.content })))
        )
        expect(error.status).toBe(400)
        expect(error.message).toMatch(message)
        expect(error).toMatchObject(coded)
      })

      it("names a photo cut off on the way with a code her page translates", async () => {
        const whole = await photo()
        const error = await failedRequest(
          upload([{ name: "cut.jpg", content: whole.subarray(0, whole.length / 2) }])
        )
        expect(error).toMatchObject({
          status: 400,
          code: "photo_unreadable",
          params: { name: "cut.jpg" },
        })
      })

      it("refuses a 20 MB file and more than five photos", async () => {
        const huge = await failedRequest(
          upload([{ name: "huge.jpg", content: Buffer.alloc(20 * 1024 * 1024, 1) }])
        )
        expect(huge).toEqual({
          status: 400,
          message: "Each photo may be at most 5 MB.",
          code: "photo_too_large",
          params: { max_mb: 5 },
        })

        const small = await photo()
        const many = await failedRequest(
          upload(Array.from({ length: 6 }, (_, i) => ({ name: `p${i}.jpg`, content: small })))
        )
        expect(many.status).toBe(400)
        expect(many.message).toMatch(/at most 5 photos/)
      })

      it("refuses an application naming photos that were never uploaded, storing nothing", async () => {
        const error = await failedRequest(
          api.post(
            "/store/producer-applications",
            applicationAnswers({ photo_ids: ["applications/1764800000000-made-up.jpg"] }),
            store
          )
        )
        expect(error).toEqual({
          status: 400,
          code: "photo_not_found",
          params: {},
          message: "No uploaded photo has the id applications/1764800000000-made-up.jpg.",
        })
        const madeUp = await failedRequest(
          api.post(
            "/store/producer-applications",
            applicationAnswers({ photo_ids: ["file_made_up"] }),
            store
          )
        )
        expect(madeUp.status).toBe(400)
        expect(await storedFiles()).toBe(0)
      })

      it("refuses a photo id that climbs out of the applications' folder into a producer's", async () => {
        const { data } = await api.post(
          "/producer/photos",
          form([{ name: "kupe.jpg", content: await photo() }]),
          await createProducerHeaders(getContainer(), api)
        )
        const producersPhoto: string = data.photos[0].id
        const refused = await failedRequest(
          api.post(
            "/store/producer-applications",
            applicationAnswers({ photo_ids: [`applications/../${producersPhoto}`] }),
            store
          )
        )
        expect(refused.status).toBe(400)
        expect(await storedFiles()).toBe(0)
      })
    })
  },
})
