import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A database of the browser tests' own, outside the checkout; tests/e2e/global-teardown.ts removes it. */
export const E2E_DATA_DIR = path.join(os.tmpdir(), `sitrep-e2e-${PORT}`);
/** The build `npm run test:e2e` makes, apart from the .next a running server may be using. */
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-test";

// Debian's Chromium, never a downloaded browser; flags keep it off the closed network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  // Desktop and phone run side by side, one worker each, against one server.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list", { printSteps: false }]],
  timeout: 30_000,
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions } },
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions } },
  ],
  // The built app, as users run it, on a database of its own: the bundled data plus one
  // claim added through the import command, as staff add reports.
  webServer: {
    command: `rm -rf "${E2E_DATA_DIR}" && node node_modules/tsx/dist/cli.mjs scripts/import.ts tests/fixtures/e2e-dataset --author e2e --reason "browser-test fixture" && node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    // A base layer whose host never answers (port 9 on loopback): tiles must fail harmlessly.
    env: {
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: "",
      NEXT_DIST_DIR: DIST_DIR,
      TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png",
      TILE_ATTRIBUTION: "Test tiles",
    },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
