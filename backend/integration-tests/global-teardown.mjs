export default async function globalTeardown() {
  await globalThis.__IMECE_TEST_DB__?.stop()
}
