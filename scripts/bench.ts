/**
 * Prints how fast Sitrep's hot paths are on this machine. Numbers, not pass/fail.
 *
 *   npm run bench              (database and read-model timings)
 *   npm run build && npm run bench   (adds HTTP latency and the first-load JavaScript of /)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildCharts } from "@/lib/charts";
import { closeDb, getDb } from "@/lib/db";
import { buildOverview } from "@/lib/queries/overview";
import { loadSnapshot } from "@/lib/queries/snapshot";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function repeat(times: number, fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

async function databaseBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-bench-"));
  process.env.DATA_DIR = dir;
  delete process.env.DATABASE_URL;
  const [, firstOpen] = await time(getDb);
  console.log(`new PGlite database: open, migrate, import bundled data  ${ms(firstOpen)}`);
  await closeDb();
  const [db, reopen] = await time(getDb);
  console.log(`existing PGlite database: open and migrate                ${ms(reopen)}`);
  const snapshotTimes = await repeat(30, () => loadSnapshot(db));
  console.log(`loadSnapshot (whole dataset, derived sums)               median ${ms(median(snapshotTimes))}, p95 ${ms(p95(snapshotTimes))}`);
  const snapshot = await loadSnapshot(db);
  console.log(`  ${snapshot.claims.length} claims, ${snapshot.events.length} events, ${snapshot.sources.length} sources`);
  const overviewTimes = await repeat(200, () => buildOverview(snapshot));
  console.log(`buildOverview                                            median ${ms(median(overviewTimes))}`);
  const chartTimes = await repeat(100, () => buildCharts(snapshot));
  console.log(`buildCharts (four charts)                                median ${ms(median(chartTimes))}`);
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
}

async function httpBench() {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("\n(no build in .next: run `npm run build` first for HTTP and bundle figures)");
    return;
  }
  const port = 3199;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-bench-http-"));
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`${base}/api/overview`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log("");
    for (const url of ["/", "/api/overview", "/api/figures", "/api/figures?format=csv", "/figures/sohr-seed-killed-total"]) {
      const times = await repeat(40, () => fetch(`${base}${url}`).then((r) => r.arrayBuffer()));
      console.log(`GET ${url.padEnd(34)} median ${ms(median(times))}, p95 ${ms(p95(times))} (40 sequential requests)`);
    }
    const html = await (await fetch(`${base}/`)).text();
    // nomodule scripts are polyfills that current browsers never fetch.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/nomodule/i.test(tag))
      .flatMap((tag) => tag.match(/src="([^"]+)"/)?.[1] ?? []);
    let gzipTotal = 0;
    const heavy: string[] = [];
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
      gzipTotal += gzipSync(body).length;
      const text = body.toString("utf8");
      if (text.includes("recharts-cartesian-grid")) heavy.push(`recharts in ${src}`);
      if (text.includes("leaflet-container")) heavy.push(`leaflet in ${src}`);
    }
    console.log(`first-load JavaScript of /: ${scripts.length} scripts, ${(gzipTotal / 1024).toFixed(1)} kB gzip`);
    console.log(heavy.length ? `  heavy libraries in the first load: ${heavy.join("; ")}` : "  Recharts and Leaflet are not in the first load (loaded after the headline figures)");
    console.log(`HTML of /: ${(gzipSync(Buffer.from(html)).length / 1024).toFixed(1)} kB gzip; headline figures at character ${html.indexOf("headline-displaced")} of ${html.length}`);
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

databaseBench()
  .then(httpBench)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
