// Playwright: end-to-end tests in Debian's Chromium (Playwright can't download browsers here).
// `npm test` starts the built app and the worker on a fresh database and passes its address in
// E2E_BASE_URL; run `npm run test:e2e` rather than `playwright test` directly.
import { defineConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: CI machines are slower than these; tests check behaviour, not speed. Most tests sign in
  // with signInAs (e2e/fixtures/accounts.ts); the ones through the sign-up pages (a sign-up with three
  // axe checks took 34 s on CI) set 90 s or more themselves, as do long journeys.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: ".data/test-results/playwright",
  use: {
    baseURL: process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
      ],
    },
  },
  projects: [
    { name: "api", testMatch: "api/**/*.spec.ts" },
    // The production build started as Cloud Foundry starts it, with its own stack (e2e/production).
    { name: "production", testMatch: "production/**/*.spec.ts" },
    { name: "browser", testIgnore: ["api/**/*.spec.ts", "production/**/*.spec.ts"], use: { browserName: "chromium" } },
  ],
});
