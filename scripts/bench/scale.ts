import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { residentMegabytes, startServer } from "./server";
import { percentile, timed } from "./stats";

export interface ScaleResult {
  claims: number;
  places: number;
  importSeconds: number;
  databaseMb: number;
  readySeconds: number;
  filteredPageP95Ms: number;
  filteredPageRequests: number;
  overviewFirstRenderMs: number;
  overviewCachedMs: number;
  overviewHtmlKb: number;
  figuresPageMedianMs: number;
  mapDrawnMs: number;
  mapLongestTaskMs: number;
  rssMb: number;
}

const tsx = (script: string, ...args: string[]) => ["node_modules/tsx/dist/cli.mjs", script, ...args];

function run(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
}

function folderMegabytes(dir: string): number {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes / 1024 / 1024;
}

/** Pages of /api/figures filtered by indicator and place, following cursors: every request a different read. */
async function filteredPages(base: string, places: number): Promise<number[]> {
  const times: number[] = [];
  for (const indicator of ["killed", "injured", "displaced", "evacuated"]) {
    for (let i = 1; i <= 25; i++) {
      const place = `generated-place-${String(((i * 37) % places) + 1).padStart(4, "0")}`;
      let url: string | null = `/api/figures?indicator=${indicator}&location=${place}&limit=20`;
      for (let page = 0; url && page < 2; page++) {
        const [body, ms] = await timed(async () => (await fetch(`${base}${url}`)).json() as Promise<{ next: string | null }>);
        times.push(ms);
        url = body.next ? `/api/figures?indicator=${indicator}&location=${place}&limit=20&cursor=${encodeURIComponent(body.next)}` : null;
      }
    }
  }
  return times;
}

/** The map page in Chromium: how long until the places are drawn, and the longest task that blocked the page. */
async function mapResponsiveness(base: string): Promise<{ drawnMs: number; longestTaskMs: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longestTask = Math.max(w.longestTask, entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    const start = Date.now();
    await page.goto(`${base}/en/aleppo-2026/map`);
    await page.locator(".leaflet-container canvas").first().waitFor();
    const drawnMs = Date.now() - start;
    // Zooming redraws every place on the canvas.
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(1000);
    const longestTaskMs = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    return { drawnMs, longestTaskMs };
  } finally {
    await browser.close();
  }
}

/**
 * Sitrep at 100,000 claims: a generated dataset imported into a fresh PGlite
 * database, then served. The overview must not grow with the data.
 */
export async function scaleBench({ distDir, port, claims = 100_000, places = 500 }: { distDir: string; port: number; claims?: number; places?: number }): Promise<ScaleResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-bench-scale-"));
  const dataDir = path.join(work, "data");
  const generated = path.join(work, "generated");
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  try {
    run(tsx("scripts/generate.ts", "--claims", String(claims), "--places", String(places), "--days", "90", "--seed", "1", "--out", generated));
    // Create and seed the database first (a dry run writes nothing else), so the timed import is the import alone.
    run(tsx("scripts/import.ts", "tests/fixtures/ocha-displaced-update.csv", "--dry-run"), env);
    const [, importMs] = await timed(async () => run(tsx("scripts/import.ts", generated, "--reason", "benchmark"), env));
    const databaseMb = folderMegabytes(dataDir);

    const [server, readyMs] = await timed(() => startServer({ port, distDir, dataDir }));
    try {
      const [overviewHtml, overviewFirstRenderMs] = await timed(async () => (await fetch(`${server.base}/en/aleppo-2026`)).text());
      const cached: number[] = [];
      for (let i = 0; i < 20; i++) cached.push((await timed(async () => (await fetch(`${server.base}/en/aleppo-2026`)).text()))[1]);
      const figuresPages: number[] = [];
      for (let page = 1; page <= 20; page++) figuresPages.push((await timed(async () => (await fetch(`${server.base}/en/figures?page=${page * 97}`)).text()))[1]);
      const filtered = await filteredPages(server.base, places);
      const map = await mapResponsiveness(server.base);
      return {
        claims,
        places,
        importSeconds: importMs / 1000,
        databaseMb,
        readySeconds: readyMs / 1000,
        filteredPageP95Ms: percentile(filtered, 95),
        filteredPageRequests: filtered.length,
        overviewFirstRenderMs,
        overviewCachedMs: percentile(cached, 50),
        overviewHtmlKb: Buffer.byteLength(overviewHtml) / 1024,
        figuresPageMedianMs: percentile(figuresPages, 50),
        mapDrawnMs: map.drawnMs,
        mapLongestTaskMs: map.longestTaskMs,
        rssMb: residentMegabytes(server.pid),
      };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
