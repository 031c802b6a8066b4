import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build: the web server runs the same path as
 * `npm start` (build the bundle, build and prerender the app, serve it as a static host), with
 * one more paper beside the seed: the small PFR-format fixture, imported as an archive.
 * Debian's Chromium when it is installed (these machines cannot download Playwright's browser);
 * elsewhere Playwright's own, after `npx playwright install chromium`.
 */
const PORT = Number(process.env.E2E_PORT ?? 4179);
const systemChromium = "/usr/bin/chromium";
const launchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
};

const QUIET = /\.quiet\.spec\.ts$/u;
const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions };
const phone = {
  ...devices["Desktop Chrome"],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  launchOptions,
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Budgets for a busy two-core machine (two test browsers, the server, maybe a build beside them):
  // a test's steps wait for what a reader would wait for, never for a fixed time, so a longer
  // budget costs nothing when the machine is idle and keeps a loaded one from failing tests.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A Chinese browser: the interface's language follows the browser's (English specs set their own).
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", testIgnore: QUIET, use: desktop },
    { name: "phone", testIgnore: QUIET, use: phone },
    // Timing specs (`*.quiet.spec.ts`) run after the rest, one test at a time: a long-task budget
    // means nothing while other test browsers load the same two cores.
    { name: "desktop quiet", testMatch: QUIET, dependencies: ["desktop", "phone"], fullyParallel: false, use: desktop },
    { name: "phone quiet", testMatch: QUIET, dependencies: ["desktop quiet"], fullyParallel: false, use: phone },
  ],
  webServer: {
    command: "npm run e2e:server",
    env: { PORT: String(PORT), FOLIO_SITE_URL: `http://localhost:${PORT}` },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    // Import, bundle, app build and prerender: about a minute here, several under load.
    timeout: 420_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
