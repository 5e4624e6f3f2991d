import type { ErrorParams } from "./api-error"

/**
 * A refused upload, with what the error body says beyond the message, as `ApiError` has it: the
 * `code` the front ends translate and the `params` its sentence needs.
 */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly params: ErrorParams = {}
  ) {
    super(message)
  }
}

/**
 * Sends one file as multipart `files`. XMLHttpRequest rather than fetch, because only it reports
 * upload progress, which a producer on a slow connection needs to see.
 */
export function uploadWithProgress<T>({
  url,
  headers,
  file,
  onProgress,
}: {
  url: string
  headers: Record<string, string>
  file: Blob & { name: string }
  onProgress?: (share: number) => void
}): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open("POST", url)
    for (const [name, value] of Object.entries(headers)) {
      request.setRequestHeader(name, value)
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress?.(event.loaded / event.total)
      }
    }
    request.onload = () => {
      const body = JSON.parse(request.responseText || "{}")
      if (request.status >= 200 && request.status < 300) {
        onProgress?.(1)
        resolve(body as T)
      } else {
        reject(
          new UploadError(
            body.message ?? request.statusText,
            request.status,
            typeof body.code === "string" ? body.code : undefined,
            typeof body.params === "object" && body.params !== null ? body.params : {}
          )
        )
      }
    }
    // A TypeError, as fetch rejects with, so `describeError` says it was her connection.
    request.onerror = () => reject(new TypeError("The connection was lost."))
    const form = new FormData()
    form.append("files", file, file.name)
    request.send(form)
  })
}
