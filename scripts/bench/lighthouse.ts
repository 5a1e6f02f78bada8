import { spawnSync } from "node:child_process";

export interface LighthouseResult {
  path: string;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * Lighthouse's mobile profile (simulated slow 4G and a 4x slower CPU) in
 * Debian's Chromium. The CLI, pinned at 12.2.3, the last that runs on Node 20.
 */
export function lighthouse(base: string, path: string, chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium"): LighthouseResult {
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/lighthouse/cli/index.js",
      `${base}${path}`,
      "--only-categories=performance",
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--chrome-path=${chromePath}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chromePath } },
  );
  if (run.status !== 0) throw new Error(`lighthouse ${path} failed: ${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout) as {
    categories: { performance: { score: number } };
    audits: Record<string, { numericValue: number }>;
  };
  return {
    path,
    performance: Math.round(report.categories.performance.score * 100),
    lcpMs: report.audits["largest-contentful-paint"].numericValue,
    tbtMs: report.audits["total-blocking-time"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
  };
}
