import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { stopServer } from "./own-server";
import { startWebhookReceiver } from "../fixtures/webhook-receiver";

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

/** Both servers started on one database, answered once both say they are ready; their stderr kept for a failure's message. */
async function startServers(extraEnv: Record<string, string>): Promise<{ servers: ChildProcess[]; logs: string[] }> {
  const env = { ...process.env, DATA_DIR: "", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test", ...extraEnv };
  const logs: string[] = [];
  const servers: ChildProcess[] = ports.map((port) => {
    const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "pipe"] });
    server.stderr?.on("data", (chunk: Buffer) => logs.push(`[${port}] ${chunk}`));
    return server;
  });
  await expect
    .poll(async () => Promise.all(ports.map(health)), { timeout: 60_000 })
    .toEqual([expect.objectContaining({ status: "ok" }), expect.objectContaining({ status: "ok" })])
    .catch(async (error: Error) => {
      await Promise.all(servers.map(stopServer));
      throw new Error(`servers did not become ready: ${error.message}\n${logs.join("")}`);
    });
  return { servers, logs };
}

const health = (port: number) => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => (r.ok ? (r.json() as Promise<{ version: number }>) : null), () => null);

test("a write through one server's database shows on every server within 2 seconds, pages included, and an open page follows", async ({ page }) => {
  test.setTimeout(120_000);
  await withDatabase(async (databaseUrl) => {
    const env = { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: "", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test" };
    const { servers } = await startServers({ DATABASE_URL: databaseUrl });
    try {
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

test("two servers on one PostgreSQL, both sending alerts, deliver each notice once", async () => {
  test.setTimeout(120_000);
  const hook = await startWebhookReceiver();
  const admin = { email: "admin@example.org", password: "an admin password for scale-out alerts" };
  await withDatabase(async (databaseUrl) => {
    const env = {
      DATABASE_URL: databaseUrl,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      WEBHOOK_ALLOW_PRIVATE: "1",
      // Both servers look for work five times a second: they race for every notice.
      ALERTS_INTERVAL_MS: "200",
    };
    const { servers, logs } = await startServers(env);
    try {
      const base = (port: number) => `http://127.0.0.1:${port}`;
      const session = await fetch(`${base(ports[0])}/api/session`, { method: "POST", headers: { "Content-Type": "application/json", Origin: base(ports[0]) }, body: JSON.stringify(admin) });
      const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0];
      const write = async (port: number, method: string, path: string, body: unknown) => {
        const response = await fetch(`${base(port)}${path}`, { method, headers: { "Content-Type": "application/json", Origin: base(port), Cookie: cookie, "If-Match": "*" }, body: JSON.stringify(body) });
        expect(response.status, await response.clone().text()).toBeLessThan(300);
        return response;
      };
      await write(ports[0], "POST", "/api/subscriptions", { kind: "webhook", target: hook.url, situation: "aleppo-2026", events: ["headline"] });
      // Three changes to the displacement headline, through either server.
      const values = [156000, 157000, 158000];
      for (const [i, value] of values.entries()) {
        await write(ports[i % 2], "PATCH", "/api/figures/aleppo-authorities-seed-displaced", { value, reason: `scale-out alert ${i + 1}` });
        const told = () => hook.received.filter((h) => JSON.parse(h.body).sitrep.notices.some((n: { figure?: { value: number } }) => n.figure?.value === value)).length;
        await expect
          .poll(told, { timeout: 15_000 })
          .toBe(1)
          .catch((error: Error) => {
            throw new Error(`${error.message}\nreceived: ${hook.received.map((h) => h.body).join("\n")}\n${logs.join("")}`);
          });
      }
      // Both servers keep looking for a while: nothing is sent again.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const notices = hook.received.flatMap((h) => JSON.parse(h.body).sitrep.notices.map((n: { figure: { value: number } }) => n.figure.value));
      expect(notices).toEqual(values);
    } finally {
      await Promise.all(servers.map(stopServer));
      await hook.close();
    }
  });
});
