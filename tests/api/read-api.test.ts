import { describe, expect, it } from "vitest";
import { GET as getFigures } from "@/app/api/figures/route";
import { GET as getFigure } from "@/app/api/figures/[id]/route";
import { GET as getSources } from "@/app/api/sources/route";
import { GET as getEvents } from "@/app/api/events/route";
import { GET as getLocations } from "@/app/api/locations/route";
import { GET as getOverview } from "@/app/api/overview/route";
import { parseFiguresCsv } from "@/lib/import/parse-figures-csv";
import type { Claim } from "@/lib/claims/types";

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("GET /api/figures", () => {
  it("lists every claim with its source and quote", async () => {
    const response = await getFigures(request("/api/figures"));
    expect(response.status).toBe(200);
    const { figures } = (await response.json()) as { figures: Claim[] };
    expect(figures.length).toBeGreaterThan(20);
    for (const figure of figures.filter((f) => f.kind === "reported")) {
      expect(figure.sourceId).toBeTruthy();
      expect(figure.quote).toBeTruthy();
    }
  });

  it("filters by indicator, location and source", async () => {
    const response = await getFigures(request("/api/figures?indicator=killed&location=sheikh-maqsoud&source=sohr"));
    const { figures } = (await response.json()) as { figures: Claim[] };
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.indicator).toBe("killed");
      expect(f.locationIds).toContain("sheikh-maqsoud");
      expect([f.sourceId, f.via]).toContain("sohr");
    }
    expect(figures.map((f) => f.value)).toEqual(expect.arrayContaining([38, 1, 43]));
  });

  it("answers 400 naming a bad parameter", async () => {
    for (const [path, parameter] of [
      ["/api/figures?indicator=happiness", "indicator"],
      ["/api/figures?location=atlantis", "location"],
      ["/api/figures?source=nobody", "source"],
      ["/api/figures?colour=red", "colour"],
    ]) {
      const response = await getFigures(request(path));
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ parameter });
    }
  });

  it("exports CSV with the HXL row that imports back unchanged", async () => {
    const response = await getFigures(request("/api/figures?format=csv"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = await response.text();
    expect(csv.split("\r\n")[1]).toContain("#affected+killed+num");
    const parsed = parseFiguresCsv(csv);
    expect(parsed.errors).toEqual([]);
    const json = (await (await getFigures(request("/api/figures"))).json()) as { figures: Claim[] };
    expect(parsed.figures.length).toBe(json.figures.filter((f) => f.kind === "reported").length);
  });

  it("sends an ETag and answers 304 when it still matches", async () => {
    const first = await getFigures(request("/api/figures"));
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    // Revalidated on every use, so nobody keeps a stale copy after a write; unchanged, it costs a 304.
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const second = await getFigures(request("/api/figures", { "If-None-Match": etag as string }));
    expect(second.status).toBe(304);
  });
});

describe("GET /api/figures/:id", () => {
  it("returns the derived total with its parts and the competing claims", async () => {
    const response = await getFigure(request("/api/figures/sohr-seed-killed-total"), params("sohr-seed-killed-total"));
    expect(response.status).toBe(200);
    const detail = await response.json();
    expect(detail.claim).toMatchObject({ kind: "derived", value: 82, qualifier: "at-least", sourceId: "sohr" });
    expect(detail.claim.parts.map((p: Claim) => p.value).sort((a: number, b: number) => a - b)).toEqual([1, 38, 43]);
    expect(detail.competing.length).toBeGreaterThan(0);
    for (const other of detail.competing) expect(other.indicator).toBe("killed");
  });

  it("lists competing claims newest first, undated last", async () => {
    const detail = await (await getFigure(request("/api/figures/aleppo-authorities-seed-displaced"), params("aleppo-authorities-seed-displaced"))).json();
    const dates = detail.competing.map((c: Claim) => c.reportedAt ?? "");
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d: string) => d === "")).toBe(true);
    expect(dates.indexOf("")).toBe(dated.length);
  });

  it("returns a claim's revisions", async () => {
    const { figures } = (await (await getFigures(request("/api/figures?indicator=displaced"))).json()) as { figures: Claim[] };
    const id = figures.find((f) => f.kind === "reported")!.id;
    const detail = await (await getFigure(request(`/api/figures/${id}`), params(id))).json();
    expect(detail.revisions[0]).toMatchObject({ entityId: id, action: "create", author: "bundled data" });
  });

  it("exports the claim and its competitors as CSV, a sum as its parts", async () => {
    const response = await getFigure(request("/api/figures/sohr-seed-killed-total?format=csv"), params("sohr-seed-killed-total"));
    expect(response.headers.get("content-disposition")).toMatch(/sitrep-sohr-seed-killed-total-claims-\d{4}-\d{2}-\d{2}\.csv/);
    const { figures: rows, errors } = parseFiguresCsv(await response.text());
    expect(errors).toEqual([]);
    const ids = rows.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["sohr-seed-killed-civilians", "sohr-seed-killed-asayish", "sohr-rudaw-killed-all"]));
    expect(ids).not.toContain("sohr-seed-killed-total");
  });

  it("answers 404 in JSON for an unknown id", async () => {
    const response = await getFigure(request("/api/figures/no-such-figure"), params("no-such-figure"));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ id: "no-such-figure" });
  });
});

describe("sources, events, locations and overview", () => {
  it("lists sources with grades and reasons", async () => {
    const { sources } = await (await getSources(request("/api/sources"))).json();
    const sohr = sources.find((s: { id: string }) => s.id === "sohr");
    expect(sohr).toMatchObject({ short: "SOHR", kind: "monitoring-group" });
    expect(sohr.reliabilityReason).toBeTruthy();
  });

  it("lists events, filtered by location", async () => {
    const { events } = await (await getEvents(request("/api/events?location=khalid-fajr-hospital"))).json();
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.locationIds).toContain("khalid-fajr-hospital");
    expect((await getEvents(request("/api/events?kind=party"))).status).toBe(400);
  });

  it("serves locations as a GeoJSON FeatureCollection", async () => {
    const response = await getLocations(request("/api/locations"));
    expect(response.headers.get("content-type")).toMatch(/geo\+json/);
    const collection = await response.json();
    expect(collection.type).toBe("FeatureCollection");
    const ids = collection.features.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["sheikh-maqsoud", "ashrafiyeh", "khalid-fajr-hospital"]));
    const hospital = collection.features.find((f: { id: string }) => f.id === "khalid-fajr-hospital");
    expect(hospital.geometry.type).toBe("Point");
    expect(hospital.properties.approximate).toBe(true);
  });

  it("builds the overview's four headline cards", async () => {
    const overview = await (await getOverview(request("/api/overview"))).json();
    const byKey = Object.fromEntries(overview.cards.map((c: { key: string }) => [c.key, c]));
    expect(byKey.displaced.headline).toMatchObject({ valueText: "about 155,000", sourceId: "aleppo-authorities" });
    expect(byKey.displaced.rule).toBe("pinned");
    expect(byKey.killed.headline).toMatchObject({ valueText: "at least 82", sourceShort: "SOHR", kind: "derived" });
    expect(byKey.killed.breakdown).toHaveLength(3);
    expect(byKey.injured.headline).toMatchObject({ valueText: "more than 115", sourceShort: "SOHR" });
    expect(overview.situation).toBe("aleppo-2026");
    expect(overview.facilities.map((f: { locationName: string }) => f.locationName)).toEqual(["Khalid Fajr hospital"]);
    // The seed's evacuation comes after the early-Sunday statements: latest, though no source dates it.
    expect(overview.facilities[0].latest).toMatchObject({ facilityStatus: "evacuated", sourceShort: "Asayish" });
  });
});
