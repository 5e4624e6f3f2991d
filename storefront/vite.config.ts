import react from "@vitejs/plugin-react"
import { defineConfig } from "vitest/config"

export default defineConfig({
  plugins: [react()],
  // The js-sdk builds query strings with qs, whose polyfills for old browsers (side-channel,
  // get-intrinsic, object-inspect) weigh more than qs itself on every shopper's first visit;
  // qs-esm is the same qs without them.
  resolve: { alias: { qs: "qs-esm" } },
  server: { port: 5173 },
  preview: { port: 5173 },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test/setup.ts"],
  },
})
