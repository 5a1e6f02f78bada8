import { describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import { GET as getFigures } from "@/app/api/figures/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { GET as health } from "@/app/api/health/route";
import { GET as getOverview } from "@/app/api/overview/route";
import type { Claim } from "@/lib/claims/types";
import { getDb } from "@/lib/db";
import { claimsById, claimsByIdIndex } from "@/lib/queries/claims-by-id";
import type { FigureFilters } from "@/lib/queries/figure-filters";
import { filterClaims } from "@/lib/queries/figures";
import { currentSnapshot } from "@/lib/queries/read-model";
import { importDataset } from "@/lib/import/import-dataset";
import { FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const addClaim = async (id: string, killed = "5") =>
  importDataset(await getDb(), { figuresCsv: `${FIGURES_CSV_HEAD}\n${figureCsvRow({ id, killed })}` }, { author: "test", reason: "paging test" });
const versionNow = async () => ((await (await health(request("/api/health"))).json()) as { version: number }).version;

async function allPages(path: string, key: "figures" | "events", between?: (page: number) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let page = 0;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const response = await (key === "figures" ? getFigures : getEvents)(request(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ""}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, { id: string }[]> & { next: string | null };
    ids.push(...body[key].map((item) => item.id));
    cursor = body.next;
    await between?.(page++);
  } while (cursor);
  return ids;
}

describe("paging", () => {
  it("returns every claim exactly once across pages, with a default and a maximum page size", async () => {
    const all = ((await (await getFigures(request("/api/figures?limit=1000"))).json()) as { figures: Claim[] }).figures.map((f) => f.id);
    const paged = await allPages("/api/figures?limit=7", "figures");
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
    expect(((await (await getFigures(request("/api/figures"))).json()) as { figures: Claim[] }).figures.length).toBeLessThanOrEqual(100);
    expect((await getFigures(request("/api/figures?limit=1001"))).status).toBe(400);
  });

  it("returns every claim that exists throughout exactly once while others are added and revised between pages", async () => {
    const before = ((await (await getFigures(request("/api/figures?limit=1000"))).json()) as { figures: Claim[] }).figures.map((f) => f.id);
    const paged = await allPages("/api/figures?limit=9", "figures", async (page) => {
      await addClaim(`aaa-added-during-paging-${page}`);
      await addClaim(`zzz-added-during-paging-${page}`);
      await addClaim("sohr-seed-injured-revised-twin", String(10 + page));
    });
    expect(new Set(paged).size).toBe(paged.length);
    for (const id of before) expect(paged).toContain(id);
  });

  it("pages a filtered list, refuses a cursor from another query, and pages events too", async () => {
    const killed = await allPages("/api/figures?indicator=killed&limit=4", "figures");
    expect(killed.length).toBeGreaterThan(4);
    const first = (await (await getFigures(request("/api/figures?indicator=killed&limit=4"))).json()) as { next: string };
    const misused = await getFigures(request(`/api/figures?indicator=injured&limit=4&cursor=${first.next}`));
    expect(misused.status).toBe(400);
    expect(await misused.json()).toMatchObject({ parameter: "cursor" });
    expect((await getFigures(request("/api/figures?cursor=not-a-cursor"))).status).toBe(400);
    const events = await allPages("/api/events?limit=10", "events");
    expect(events.length).toBeGreaterThan(60);
    expect(new Set(events).size).toBe(events.length);
  });
});

describe("filter indexes", () => {
  it("give the same claims, in the same order, as checking every claim, for every filter and pair of filters", async () => {
    const snapshot = await currentSnapshot();
    const claims = claimsById(snapshot);
    const index = claimsByIdIndex(snapshot);
    const values = {
      indicator: [...new Set(claims.map((c) => c.indicator))],
      location: ["sheikh-maqsoud", "ashrafiyeh", "khalid-fajr-hospital"],
      source: ["sohr", "seed-report", "no-such-source"],
      status: ["current", "superseded"],
    } as const;
    const singles = Object.entries(values).flatMap(([name, list]) => list.map((value) => ({ [name]: value }) as FigureFilters));
    const pairs = singles.flatMap((a) => singles.filter((b) => Object.keys(b)[0] > Object.keys(a)[0]).map((b) => ({ ...a, ...b })));
    for (const filters of [{}, ...singles, ...pairs]) {
      expect(filterClaims(snapshot, filters, claims, index).map((c) => c.id), JSON.stringify(filters)).toEqual(filterClaims(snapshot, filters, claims).map((c) => c.id));
    }
    expect(filterClaims(snapshot, { source: "seed-report" }, claims, index).length).toBeGreaterThan(3);
  });
});

describe("the data version", () => {
  it("moves with every write, and the next read shows the write: never a stale body or a 304 for the old one", async () => {
    const version = await versionNow();
    const overview = await getOverview(request("/api/overview"));
    const etag = overview.headers.get("etag") as string;
    expect((await getOverview(request("/api/overview", { "If-None-Match": etag }))).status).toBe(304);
    expect((await getFigure(request("/api/figures/version-test-claim"), { params: Promise.resolve({ id: "version-test-claim" }) })).status).toBe(404);

    await addClaim("version-test-claim", "7");

    expect(await versionNow()).toBe(version + 1);
    const after = await getOverview(request("/api/overview", { "If-None-Match": etag }));
    expect(after.status).toBe(200);
    expect(((await after.json()) as { version: number }).version).toBe(version + 1);
    const claim = await getFigure(request("/api/figures/version-test-claim"), { params: Promise.resolve({ id: "version-test-claim" }) });
    expect(claim.status).toBe(200);
    expect(((await claim.json()) as { claim: Claim }).claim.value).toBe(7);
  });

  it("does not move for a dry run or a file that changes nothing", async () => {
    const version = await versionNow();
    const db = await getDb();
    await importDataset(db, { figuresCsv: `${FIGURES_CSV_HEAD}\n${figureCsvRow({ id: "dry-only" })}` }, { author: "t", reason: "t", dryRun: true });
    await addClaim("version-test-claim", "7");
    expect(await versionNow()).toBe(version);
  });
});
