import { afterEach, describe, expect, it, vi } from "vitest"
import { UploadError, uploadWithProgress } from "./upload"

/** A stand-in for the browser's request that answers as the backend does when told. */
function answerWith(status: number, body: unknown) {
  class FakeRequest {
    status = 0
    responseText = ""
    upload = { onprogress: null }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    open() {}
    setRequestHeader() {}
    send() {
      this.status = status
      this.responseText = JSON.stringify(body)
      queueMicrotask(() => this.onload?.())
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeRequest)
}

const send = () =>
  uploadWithProgress({
    url: "http://api.test/store/producer-applications/photos",
    headers: {},
    file: Object.assign(new Blob(["x"]), { name: "oya.gif" }),
  })

describe("uploading a photo", () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it("keeps the code and params of a refusal, for her page to say in her language", async () => {
    answerWith(400, {
      type: "invalid_data",
      code: "photo_not_an_image",
      message: "oya.gif is not a JPEG, PNG or WebP photo.",
      params: { name: "oya.gif" },
    })
    const error = await send().catch((refusal: unknown) => refusal)
    expect(error).toBeInstanceOf(UploadError)
    expect(error).toMatchObject({
      status: 400,
      code: "photo_not_an_image",
      params: { name: "oya.gif" },
    })
  })
})
