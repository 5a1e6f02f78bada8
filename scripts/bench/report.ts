import { execFileSync } from "node:child_process";
import os from "node:os";

export interface Row {
  measure: string;
  value: string;
  budget: string;
  /** undefined: reported without a budget. */
  ok?: boolean;
}

const verdict = (ok: boolean | undefined) => (ok === undefined ? "" : ok ? "meets" : "MISSES");

/** The machine the figures were measured on: they mean little without it. */
export function machine(): string {
  const cpus = os.cpus();
  let chromium = "not found";
  try {
    chromium = execFileSync(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
  } catch {}
  return [
    `${cpus.length} × ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
    `Node ${process.version}, ${chromium}`,
  ].join("; ");
}

export function markdownTable(rows: Row[]): string {
  const lines = ["| Measure | Value | Budget | |", "| --- | --- | --- | --- |"];
  for (const row of rows) lines.push(`| ${row.measure} | ${row.value} | ${row.budget || "—"} | ${verdict(row.ok)} |`);
  return lines.join("\n");
}
