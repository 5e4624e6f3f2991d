/** A refused upload, with the server's message for the person who sent it. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number
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
        reject(new UploadError(body.message ?? request.statusText, request.status))
      }
    }
    request.onerror = () => reject(new UploadError("The connection was lost.", 0))
    const form = new FormData()
    form.append("files", file, file.name)
    request.send(form)
  })
}
