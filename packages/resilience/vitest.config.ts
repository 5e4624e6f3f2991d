import { defineConfig } from "vitest/config"

export default defineConfig({
  // The devstack helpers are plain Node modules (they use import.meta.resolve): reached through
  // node_modules, Node loads them itself. The Stripe stand-in is TypeScript and stays with Vite.
  resolve: { preserveSymlinks: true },
  test: {
    include: ["src/**/*.resilience.ts"],
    globalSetup: ["./src/global-setup.ts"],
    server: { deps: { inline: [/@imece\/stripe-stand-in/] } },
    // One production shape for all: the tests take turns on it, in the order they are written.
    fileParallelism: false,
    sequence: { concurrent: false },
    // Generous: a test that overruns is a finding about speed, reported by the timings printed.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
