import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Two production app instances on one PostgreSQL database (two-instances.spec.ts). Not part of the
 * end-to-end journeys (../../playwright.config.ts): it starts its own servers on a scratch database
 * of TEST_DATABASE_URL and needs `npm run build` first. `npm test` runs it after the journeys.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  outputDir: "../../test-results/instances",
  // Seeding, two server starts and the background work; the waits inside poll, none is asserted on.
  timeout: 600_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT ?? "../../.ci-reports/instances.json" }]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
