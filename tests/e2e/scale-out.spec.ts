import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { stopServer } from "./own-server";

// Two `next start` processes on one PostgreSQL: a write reaches both within 2 seconds.
test.skip(!process.env.TEST_DATABASE_URL, "needs TEST_DATABASE_URL (a PostgreSQL server; .ci/run starts one)");
test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop"));

const ports = [3193, 3194];
const nextBin = "node_modules/next/dist/bin/next";

async function withDatabase(run: (url: string) => Promise<void>) {
  const server = process.env.TEST_DATABASE_URL as string;
  const name = `sitrep_scale_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    await run(url.toString());
  } finally {
    const cleanup = new Client({ connectionString: server });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  }
}

const health = (port: number) => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => (r.ok ? (r.json() as Promise<{ version: number }>) : null), () => null);

test("a write through one server's database shows on every server within 2 seconds, pages included, and an open page follows", async ({ page }) => {
  test.setTimeout(120_000);
  await withDatabase(async (databaseUrl) => {
    const env = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: "", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test" };
    const logs: string[] = [];
    const servers: ChildProcess[] = ports.map((port) => {
      const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "pipe"] });
      server.stderr?.on("data", (chunk: Buffer) => logs.push(`[${port}] ${chunk}`));
      return server;
    });
    try {
      await expect
        .poll(async () => Promise.all(ports.map(health)), { timeout: 60_000 })
        .toEqual([expect.objectContaining({ status: "ok" }), expect.objectContaining({ status: "ok" })])
        .catch((error: Error) => {
          throw new Error(`servers did not become ready: ${error.message}\n${logs.join("")}`);
        });
      const before = (await health(ports[0]))?.version ?? 0;
      // Both servers render and cache the overview at the current version.
      for (const port of ports) {
        const html = await (await fetch(`http://127.0.0.1:${port}/en/aleppo-2026`)).text();
        expect(html).toContain("all 16 reports from 3 sources");
      }
      // A reader has the overview open on the second server.
      await page.goto(`http://127.0.0.1:${ports[1]}/en/aleppo-2026`);
      await expect(page.getByText("all 16 reports from 3 sources")).toBeVisible();
      const imported = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", "tests/fixtures/ocha-displaced-update.csv", "--reason", "scale-out test"], { env, encoding: "utf8" });
      expect(imported.status, imported.stderr).toBe(0);
      const wrote = Date.now();
      for (const port of ports) {
        await expect.poll(async () => (await health(port))?.version, { timeout: 2000, intervals: [50] }).toBeGreaterThan(before);
        expect(Date.now() - wrote).toBeLessThan(2500);
        const html = await (await fetch(`http://127.0.0.1:${port}/en/aleppo-2026`)).text();
        expect(html, `server on ${port} served its cached page after the write`).toContain("all 17 reports from 4 sources");
        expect((await fetch(`http://127.0.0.1:${port}/en/figures/scale-out-test-ocha-displaced`)).status).toBe(200);
      }
      // The open page picks up the new version by itself (it asks every 5 seconds), without a reload.
      await expect(page.getByText("all 17 reports from 4 sources")).toBeVisible({ timeout: 15_000 });
    } finally {
      // The open page polls the servers: close it first, so they stop at once.
      await page.close();
      await Promise.all(servers.map(stopServer));
    }
  });
});
