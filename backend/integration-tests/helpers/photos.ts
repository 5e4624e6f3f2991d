import sharp from "sharp"

/** A form with one file as `POST /producer/photos` takes it: a large JPEG, or a text file posing as one. */
export async function photoForm(type = "image/jpeg", name = "kupe.jpg") {
  const content =
    type === "image/jpeg"
      ? await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#2a5da4" } })
          .jpeg()
          .toBuffer()
      : Buffer.from("not a photo")
  const body = new FormData()
  body.append("files", new Blob([new Uint8Array(content)], { type }), name)
  return body
}
