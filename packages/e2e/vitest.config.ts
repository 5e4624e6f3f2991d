import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.e2e.ts"],
    globalSetup: ["./src/global-setup.ts"],
    // The stack is started once; the browser tests share it one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
