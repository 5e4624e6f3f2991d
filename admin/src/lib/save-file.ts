/** Hands a downloaded file to the browser, which saves it under `filename`. */
export function saveFile(file: Blob, filename: string) {
  const url = URL.createObjectURL(file)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Released once the click has been handled and the browser holds the file.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
