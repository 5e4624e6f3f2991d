import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import S3rver from "s3rver"

/**
 * An S3-compatible server on this machine, with one empty bucket, for the backend's S3 file
 * provider: what MinIO is in the production shape. Its answers live in a folder of their own.
 */
export async function startLocalS3(bucket: string) {
  const directory = await mkdtemp(path.join(os.tmpdir(), "imece-s3-"))
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    // s3rver's own credentials: the only ones it takes.
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    fileUrl: `${endpoint}/${bucket}`,
    stop: async () => {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
