import { defineConfig } from "vitest/config";
import path from "node:path";

// Two vitest tiers: pure unit tests, and integration tests against a real database
// (embedded PGlite by default, PostgreSQL when TEST_DATABASE_URL is set).
export default defineConfig({
  resolve: {
    alias: {
      "@/": path.resolve(import.meta.dirname, "src") + "/",
      "@generated/": path.resolve(import.meta.dirname, "generated") + "/",
      // `server-only` throws outside a React Server Component bundle; tests run services directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
