import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATA_DIR } from "../../playwright.config";
import { expectNoSeriousAxeViolations } from "./axe";

// Server-level checks: one viewport is enough.
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop"));

const nextBin = "node_modules/next/dist/bin/next";
const serverEnv = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test" });

test("a second server on the same data folder says why and exits non-zero", async () => {
  const second = spawn(process.execPath, [nextBin, "start", "-p", "3191"], { env: serverEnv(E2E_DATA_DIR) });
  let stderr = "";
  second.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => second.on("exit", resolve));
  expect(code).not.toBe(0);
  expect(stderr).toContain("is open in process");
});

test("a fresh server answers 503 with Retry-After until its database is seeded, then 200 with the data version", async () => {
  // It starts a whole server and seeds a database: seconds alone, more beside the other worker's browser.
  test.setTimeout(90_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-fresh-"));
  const server = spawn(process.execPath, [nextBin, "start", "-p", "3192"], { env: serverEnv(dataDir), stdio: "ignore" });
  try {
    const seen: number[] = [];
    for (let i = 0; i < 200 && !seen.includes(200); i++) {
      // Before it listens the connection is refused; after, every answer is "not yet" or the page, never a 500.
      const response = await fetch("http://127.0.0.1:3192/", { signal: AbortSignal.timeout(10_000) }).catch(() => null);
      if (response) {
        seen.push(response.status);
        if (response.status === 503) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toContain(503);
    expect(seen.at(-1)).toBe(200);
    expect(seen.every((s) => s === 503 || s === 200)).toBe(true);
    // Seeding writes the bundled data and its reviewed updates, each a new data version.
    const health = await (await fetch("http://127.0.0.1:3192/api/health")).json();
    expect(health).toEqual({ status: "ok", version: expect.any(Number) });
    expect(health.version).toBeGreaterThan(0);
  } finally {
    server.kill();
    await new Promise((r) => server.on("exit", r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("malformed addresses are 400s, unknown API paths JSON 404s", async ({ request }) => {
  for (const p of ["/api/figures/%ff", "/figures/%ff", "/events/%ff", "/embed/charts/%ff", "/tiles/%ff/1/1", "/fonts/%ff", "/api/no%zzthing"]) {
    expect((await request.get(p)).status(), p).toBe(400);
  }
  for (const path of ["/api/no-such-thing", "/api"]) {
    const unknown = await request.get(path);
    expect(unknown.status(), path).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: expect.stringContaining("No API endpoint") });
  }
});

test("a cached page answers 304 to its ETag, strong, weak (as compressing proxies send it) or '*'", async ({ request }) => {
  const first = await request.get("/en/aleppo-2026/map");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"/);
  expect(first.headers()["cache-control"]).toBe("public, no-cache");
  for (const ifNoneMatch of [etag, `W/${etag}`, "*"]) {
    expect((await request.get("/en/aleppo-2026/map", { headers: { "If-None-Match": ifNoneMatch } })).status(), ifNoneMatch).toBe(304);
  }
  expect((await request.get("/en/aleppo-2026/map", { headers: { "If-None-Match": 'W/"other"' } })).status()).toBe(200);
});

test("an unknown embed shows the site's 404, not the framework's bare page", async ({ page }) => {
  const response = await page.goto("/embed/charts/no-such-chart");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("the claims page says which filters it could not apply, rather than silently showing everything", async ({ page }) => {
  await page.goto("/en/figures?indicator=killed&indicator=injured&source=sohr&status=nonsense");
  await expect(page.getByTestId("ignored-filters")).toHaveText(/indicator=killed, injured; status=nonsense/);
  // The one good filter still applies.
  await expect(page.getByRole("link", { name: "Download these claims as CSV" })).toHaveAttribute("href", "/api/figures?source=sohr&format=csv");
});

test("a form posted from another site is a 403, with or without an Origin, never a 500", async ({ request, baseURL }) => {
  const post = (headers: Record<string, string>) => request.post("/en/admin/users", { headers: { "Next-Action": "0", Cookie: "sitrep_session=x", ...headers }, data: "x", maxRedirects: 0 });
  expect((await post({ "Sec-Fetch-Site": "cross-site" })).status()).toBe(403);
  expect((await post({ Origin: "https://evil.example" })).status()).toBe(403);
  // Ours passes the proxy (and Next then answers the unknown action itself).
  expect((await post({ Origin: baseURL as string, "Sec-Fetch-Site": "same-origin" })).status()).not.toBe(403);
});

test("the language switch stays on the site, and the language redirect varies by language", async ({ playwright, baseURL }) => {
  // Contexts of their own: the switch sets the language cookie, which the redirect would then follow.
  const reader = await playwright.request.newContext({ baseURL });
  const root = await reader.get("/", { headers: { "Accept-Language": "ku" }, maxRedirects: 0 });
  expect(root.headers().location).toMatch(/\/ku$/);
  expect(root.headers().vary).toMatch(/Accept-Language/i);
  expect(root.headers().vary).toMatch(/Cookie/i);
  await reader.dispose();
  const switcher = await playwright.request.newContext({ baseURL });
  for (const path of ["/..//evil.example", "/%2e%2e//evil.example", "/\\evil.example"]) {
    const response = await switcher.get(`/language?to=ar&path=${encodeURIComponent(path)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/ar");
  }
  await switcher.dispose();
});
