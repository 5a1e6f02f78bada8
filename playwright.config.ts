import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium, never a downloaded browser; flags keep it off the closed network.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
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
    command: `rm -rf .data/e2e && node node_modules/tsx/dist/cli.mjs scripts/import.ts tests/fixtures/second-injured-claim.csv --author e2e --reason "browser-test fixture" && node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/overview`,
    // A base layer whose host never answers (port 9 on loopback): tiles must fail harmlessly.
    env: { DATA_DIR: ".data/e2e", DATABASE_URL: "", TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png", TILE_ATTRIBUTION: "Test tiles" },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
