import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { residentMegabytes, startServer } from "./server";
import { percentile, timed } from "./stats";

export interface SituationsResult {
  claims: number;
  situations: number;
  importSeconds: number;
  readySeconds: number;
  /** Server memory after reading five situations' overviews. */
  rssAfterFiveMb: number;
  firstRenderAfterOwnWriteMs: number;
  firstRenderAfterOtherWriteMs: number;
  pagedReadP95Ms: number;
  pagedReads: number;
  rssAtEndMb: number;
}

const tsx = (script: string, ...args: string[]) => ["node_modules/tsx/dist/cli.mjs", script, ...args];

function run(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stderr}`);
}

const ADMIN = { email: "bench@example.org", password: "a password for the bench only" };
const situationId = (n: number) => `generated-situation-${String(n).padStart(3, "0")}`;

/** A claim added to situation `n` through the API, as an editor's script would: one write, one new data version. */
async function addClaim(base: string, headers: Record<string, string>, n: number, i: number): Promise<void> {
  const response = await fetch(`${base}/api/figures`, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify({
      indicator: "displaced", group: "all", value: 1000 + i, qualifier: "about", unit: "people", locationIds: [`generated-place-${String(n).padStart(4, "0")}`],
      countKind: "cumulative", reportedAt: "2026-04-01", dateNote: "Generated for the bench.", sourceId: "ocha",
      quote: `Generated bench claim ${i}: about ${1000 + i} people displaced.`, quoteLanguage: "en", status: "current", situationIds: [situationId(n)],
    }),
  });
  if (response.status !== 201) throw new Error(`adding a claim answered ${response.status}: ${await response.text()}`);
}

/** Pages of one situation's claims, filtered by indicator, following cursors: every request a different read. */
async function pagedReads(base: string): Promise<number[]> {
  const times: number[] = [];
  for (let n = 1; n <= 5; n++) {
    for (const indicator of ["killed", "injured", "displaced", "evacuated", "returned"]) {
      let url: string | null = `/api/figures?situation=${situationId(n)}&indicator=${indicator}&limit=50`;
      for (let page = 0; url && page < 3; page++) {
        const [body, ms] = await timed(async () => (await fetch(`${base}${url}`)).json() as Promise<{ next: string | null }>);
        times.push(ms);
        url = body.next ? `/api/figures?situation=${situationId(n)}&indicator=${indicator}&limit=50&cursor=${encodeURIComponent(body.next)}` : null;
      }
    }
  }
  return times;
}

/**
 * 1,000,000 claims over 100 situations (DESIGN.md, "Read models are built
 * per situation"): imported in parts of 100,000 (under the 32 MB and 200,000-row limits), then
 * served. A write to one situation must rebuild only its model; reading five
 * must not hold the other 95.
 */
export async function situationsBench({ distDir, port, claims = 1_000_000, situations = 100, places = 500 }: { distDir: string; port: number; claims?: number; situations?: number; places?: number }): Promise<SituationsResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "sitrep-bench-situations-"));
  const dataDir = path.join(work, "data");
  const generated = path.join(work, "generated");
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" };
  try {
    run(tsx("scripts/generate.ts", "--claims", String(claims), "--places", String(places), "--situations", String(situations), "--part-size", "100000", "--days", "90", "--seed", "2", "--out", generated));
    run(tsx("scripts/import.ts", "tests/fixtures/ocha-displaced-update.csv", "--dry-run"), env);
    const parts = fs.readdirSync(generated).filter((name) => name.startsWith("part-")).sort();
    const [, importMs] = await timed(async () => {
      run(tsx("scripts/import.ts", path.join(generated, "base"), "--reason", "benchmark"), env);
      for (const part of parts) run(tsx("scripts/import.ts", path.join(generated, part), "--reason", "benchmark"), env);
    });

    const [server, readyMs] = await timed(() => startServer({ port, distDir, dataDir, env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, timeoutMs: 600_000 }));
    try {
      for (let n = 1; n <= 5; n++) {
        const response = await fetch(`${server.base}/en/${situationId(n)}`);
        if (!response.ok) throw new Error(`/en/${situationId(n)} answered ${response.status}`);
        await response.text();
      }
      const rssAfterFiveMb = residentMegabytes(server.pid);

      const session = await fetch(`${server.base}/api/session`, { method: "POST", headers: { "Content-Type": "application/json", Origin: server.base }, body: JSON.stringify(ADMIN) });
      const headers = { Cookie: session.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "), Origin: server.base };
      const overview = async (n: number) => (await timed(async () => (await fetch(`${server.base}/en/${situationId(n)}`)).text()))[1];
      // Its own write: the model is read again from the database, and the page rendered from it.
      await addClaim(server.base, headers, 1, 1);
      const firstRenderAfterOwnWriteMs = await overview(1);
      // Another's write: the model stands (one look at situation_versions), and only the page is rendered again.
      await addClaim(server.base, headers, 2, 2);
      const firstRenderAfterOtherWriteMs = await overview(1);

      const reads = await pagedReads(server.base);
      return {
        claims,
        situations,
        importSeconds: importMs / 1000,
        readySeconds: readyMs / 1000,
        rssAfterFiveMb,
        firstRenderAfterOwnWriteMs,
        firstRenderAfterOtherWriteMs,
        pagedReadP95Ms: percentile(reads, 95),
        pagedReads: reads.length,
        rssAtEndMb: residentMegabytes(server.pid),
      };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
