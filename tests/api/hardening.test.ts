import { count } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as unknownApi, POST as unknownApiPost } from "@/app/api/[...path]/route";
import { GET as getFigures } from "@/app/api/figures/route";
import { closeDb, getDb } from "@/lib/db";
import { markDatabaseReady, markDatabaseStarting } from "@/lib/db/readiness";
import { figures, revisions } from "@/lib/db/schema";
import { ImportValidationError } from "@/lib/import/errors";
import { importDataset } from "@/lib/import/import-dataset";
import { proxy } from "@/proxy";
import { FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

async function rowCounts() {
  const db = await getDb();
  const [[f], [r]] = await Promise.all([db.select({ n: count() }).from(figures), db.select({ n: count() }).from(revisions)]);
  return { figures: f.n, revisions: r.n };
}

describe("GET /api/health", () => {
  it("answers 503 with Retry-After until the database is open, then 200 with the data version", async () => {
    await closeDb();
    const starting = await health(new Request("http://localhost/api/health"));
    expect(starting.status).toBe(503);
    expect(Number(starting.headers.get("retry-after"))).toBeGreaterThan(0);
    await getDb();
    const ready = await health(new Request("http://localhost/api/health"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ok", version: expect.any(Number) });
  });
});

describe.runIf(process.env.SITREP_TEST_DB === "postgres")("PostgreSQL ending the server's idle connections", () => {
  it("does not end the process: the next read opens a new connection and answers", async () => {
    const db = await getDb();
    await Promise.all([rowCounts(), rowCounts(), rowCounts()]);
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()");
    await admin.end();
    // Unhandled, the dropped connections' errors would fail this file (Vitest reports uncaught exceptions).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await db.select({ n: count() }).from(figures))[0].n).toBeGreaterThan(20);
  });
});

describe("reads while the server starts", () => {
  it("answer 503 with Retry-After, not a held request, until the database is ready", async () => {
    markDatabaseStarting();
    try {
      const starting = await getFigures(request("/api/figures"));
      expect(starting.status).toBe(503);
      expect(Number(starting.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await starting.json()).toMatchObject({ error: expect.stringContaining("starting") });
    } finally {
      markDatabaseReady();
    }
    expect((await getFigures(request("/api/figures"))).status).toBe(200);
  });
});

describe("the importer's dry run agrees with the real run", () => {
  for (const [name, row] of [
    ["a value above 2^31-1", figureCsvRow({ id: "huge", killed: "3000000000" })],
    ["a NUL byte", figureCsvRow({ id: "nul", quote: "Five\u0000killed" })],
  ] as const) {
    it(`refuses ${name} in both, naming row and column, and writes nothing`, async () => {
      const before = await rowCounts();
      const csv = `${FIGURES_CSV_HEAD}\n${row}`;
      const outcomes: unknown[] = [];
      for (const dryRun of [true, false]) {
        outcomes.push(await importDataset(await getDb(), { figuresCsv: csv }, { author: "t", reason: "t", dryRun }).catch((e: unknown) => e));
      }
      for (const outcome of outcomes) {
        expect(outcome).toBeInstanceOf(ImportValidationError);
        expect((outcome as ImportValidationError).errors[0]).toMatchObject({ row: 3 });
      }
      expect((outcomes[0] as ImportValidationError).errors).toEqual((outcomes[1] as ImportValidationError).errors);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses two records with one id in a JSON file instead of crashing on the primary key", async () => {
    const source = { id: "twice", name: "Twice", short: "T", kind: "ngo", reliability: "C", reliabilityReason: "Test." };
    const error = await importDataset(await getDb(), { sources: [source, source] }, { author: "t", reason: "t" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).errors).toEqual([expect.objectContaining({ row: 2, column: "id", message: expect.stringContaining("duplicate") })]);
  });
});

describe("conditional requests", () => {
  it("answers 304 to a weak tag of the same body and to *", async () => {
    const etag = (await getFigures(request("/api/figures"))).headers.get("etag") as string;
    expect((await getFigures(request("/api/figures", { "If-None-Match": `W/${etag}` }))).status).toBe(304);
    expect((await getFigures(request("/api/figures", { "If-None-Match": `"other", W/${etag}` }))).status).toBe(304);
    expect((await getFigures(request("/api/figures", { "If-None-Match": "*" }))).status).toBe(304);
    expect((await getFigures(request("/api/figures", { "If-None-Match": 'W/"other"' }))).status).toBe(200);
  });
});

describe("query parameters", () => {
  it("refuses a repeated filter with 400 naming it, rather than using the last value", async () => {
    const response = await getFigures(request("/api/figures?indicator=killed&indicator=injured"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: "indicator" });
  });
});

describe("unknown API paths and malformed addresses", () => {
  it("answers an unknown /api path with a JSON 404 for every method", async () => {
    for (const response of [await unknownApi(request("/api/nothing/here")), await unknownApiPost(request("/api/figurez"))]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining("No API endpoint") });
    }
  });

  it("answers 400 to a malformed percent-encoding before any route sees it", async () => {
    for (const path of ["/api/figures/%ff", "/figures/%ff", "/events/%ff", "/embed/charts/%ff", "/tiles/%ff/1/1", "/figures/%"]) {
      const response = proxy(new NextRequest(`http://localhost${path}`)) as Response;
      expect(response.status, path).toBe(400);
    }
    const api = proxy(new NextRequest("http://localhost/api/figures/%ff")) as Response;
    expect(api.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("lets well-formed addresses through, encoded Arabic included, and puts a page under its locale", async () => {
    const page = proxy(new NextRequest("http://localhost/en/figures/%D8%AD%D9%84%D8%A8"));
    expect(page.status).toBe(200);
    expect(page.headers.get("x-middleware-next")).toBe("1");
    const unprefixed = proxy(new NextRequest("http://localhost/figures/sohr-seed-injured"));
    expect(unprefixed.status).toBe(307);
    expect(unprefixed.headers.get("location")).toBe("http://localhost/en/figures/sohr-seed-injured");
    expect(proxy(new NextRequest("http://localhost/api/figures")).headers.get("x-middleware-next")).toBe("1");
  });

  it("gives a page rendered per request a policy with a fresh nonce, and leaves a cached page's to the page cache", async () => {
    const policies = [1, 2].map(() => proxy(new NextRequest("http://localhost/en/figures?indicator=killed")).headers.get("content-security-policy"));
    for (const policy of policies) expect(policy).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
    expect(policies[0]).not.toBe(policies[1]);
    const cached = proxy(new NextRequest("http://localhost/en/figures/sohr-seed-injured"));
    expect(cached.headers.get("content-security-policy")).toBeNull();
    // Its Cache-Control comes with the cached page too: set here, Next would copy it onto the request and never answer 304.
    expect(cached.headers.get("cache-control")).toBeNull();
    // A shared cache must be able to keep it: nothing personal on it.
    expect(cached.headers.get("set-cookie")).toBeNull();
  });
});
