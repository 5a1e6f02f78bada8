import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { GET as getSituations, POST as postSituation } from "@/app/api/situations/route";
import { GET as getSituation, PATCH as patchSituation } from "@/app/api/situations/[id]/route";
import { GET as getOverview } from "@/app/api/overview/route";
import { GET as getFigures, POST as postFigure } from "@/app/api/figures/route";
import { PATCH as patchFigure } from "@/app/api/figures/[id]/route";
import { GET as getEvents, POST as postEvent } from "@/app/api/events/route";
import { GET as getLocations, POST as postLocation } from "@/app/api/locations/route";
import { GET as getChart } from "@/app/api/charts/[chart]/route";
import { GET as getChangesAtom } from "@/app/changes.atom/route";
import { GET as moved } from "@/app/moved/route";
import { POST as revert } from "@/app/api/revisions/[id]/revert/route";
import { getDb } from "@/lib/db";
import { revisions } from "@/lib/db/schema";
import { and, desc, eq } from "drizzle-orm";
import { currentSnapshot } from "@/lib/queries/read-model";
import { loadSituationSnapshot } from "@/lib/queries/snapshot";
import { currentSituationSnapshot, keptSituationModels } from "@/lib/queries/situation-model";
import { mapModel } from "@/lib/queries/map";
import { buildSummary } from "@/lib/summary/build-summary";
import { scopedSnapshot } from "@/lib/situations/scope";
import { apiRequest, BASE, type RequestInit } from "../fixtures/api-request";
import { createStaffTokens } from "../fixtures/staff-tokens";
import { buildFigure } from "../fixtures/figure-builder";

let editorToken = "";
let adminToken = "";
const asEditor = (path: string, init: RequestInit = {}) => apiRequest(path, { token: editorToken, ...init });
const asAdmin = (path: string, init: RequestInit = {}) => apiRequest(path, { token: adminToken, ...init });
const read = (path: string) => new Request(`${BASE}${path}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/** A district of about 1 km by 1.1 km far from Aleppo: a closed ring, longitude first. */
const district = {
  type: "Polygon",
  coordinates: [
    [
      [36.0, 34.0],
      [36.01, 34.0],
      [36.01, 34.01],
      [36.0, 34.01],
      [36.0, 34.0],
    ],
  ],
};

const flood = {
  id: "valley-flood-2026",
  titles: { en: "Flooding in the test valley", ar: "فيضانات في الوادي التجريبي" },
  shortTitles: { en: "Test valley flood" },
  summary: { en: "A second situation, made by the tests." },
  period: { start: "2026-11-01" },
  status: "active",
  placeIds: ["test-valley-district"],
  facilityIds: ["test-valley-clinic"],
  headline: [{ indicator: "displaced" }],
  charts: ["displaced-over-time"],
  leadSourceId: "ocha",
};

beforeAll(async () => {
  ({ editorToken, adminToken } = await createStaffTokens());
});

describe("the bundled data as the first situation", () => {
  it("lists it with its headline figures, each a claim with its source and date", async () => {
    const body = await (await getSituations(read("/api/situations"))).json();
    expect(body.situations.map((s: { id: string }) => s.id)).toEqual(["aleppo-2026"]);
    const [aleppo] = body.situations;
    expect(aleppo).toMatchObject({ status: "active", period: { start: "2026-01-05" }, dataDate: expect.stringMatching(/^2026-/) });
    expect(aleppo.cards.map((c: { key: string }) => c.key)).toEqual(["displaced", "killed", "injured"]);
    expect(aleppo.cards[0].headline).toMatchObject({ valueText: "about 155,000", sourceShort: expect.any(String), href: expect.stringMatching(/^\/figures\//) });
  });

  it("draws Sheikh Maqsoud and Ashrafiyeh with their real boundaries, credited, and no schematic square", async () => {
    const snapshot = scopedSnapshot(await currentSnapshot())!;
    const model = mapModel(snapshot);
    const vertices = Object.fromEntries(model.areas.map((a) => [a.id, a.outlines[0].length]));
    expect(vertices).toEqual({ "sheikh-maqsoud": 195, ashrafiyeh: 85 });
    expect(model.context).toMatchObject({ layer: "aleppo-neighbourhoods", credit: expect.stringContaining("Columbia") });
    expect(model.areas.map((a) => a.geometrySource).join(" ")).not.toMatch(/[Ss]chematic/);
    expect(model.shading.map((s) => s.indicator)).toEqual(["displaced", "killed", "injured"]);
    // P-codes join the places with other humanitarian datasets, in the GeoJSON too.
    expect(model.areas.map((a) => a.pcodes)).toEqual([["SY02"], ["SY02"]]);
    const places = await (await getLocations(read("/api/locations"))).json();
    const city = places.features.find((f: { properties: { id: string } }) => f.properties.id === "aleppo-city");
    expect(city.properties.pcodes).toEqual({ admin1: "SY02" });
  });
});

describe("a second situation, opened through the API", () => {
  it("refuses an editor, an id that is a page's address, and a place that does not exist, naming the field", async () => {
    expect((await postSituation(asEditor("/api/situations", { body: flood }))).status).toBe(403);
    const reserved = await postSituation(asAdmin("/api/situations", { body: { ...flood, id: "summary" } }));
    expect(reserved.status).toBe(422);
    expect(JSON.stringify(await reserved.json())).toContain("page addresses");
    const unknownPlace = await postSituation(asAdmin("/api/situations", { body: flood }));
    expect(unknownPlace.status).toBe(422);
    expect((await unknownPlace.json()).errors).toEqual(expect.arrayContaining([expect.objectContaining({ file: "situations.json", row: 1, column: "placeIds", message: "unknown location 'test-valley-district'" })]));
    expect((await getSituation(read(`/api/situations/${flood.id}`), params({ id: flood.id }))).status).toBe(404);
  });

  it("refuses a shape that is not a place's, naming the field, and writes nothing", async () => {
    const open = { ...district, coordinates: [district.coordinates[0].slice(0, 4)] };
    const response = await postLocation(asEditor("/api/locations", { body: { id: "bad-shape", name: "Bad shape", names: { en: "Bad shape" }, kind: "neighbourhood", geometry: open, geometrySource: "test", approximate: true } }));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ row: 1, column: "geometry.coordinates.0", message: expect.stringMatching(/ring must end where it starts/) })]);
    const swapped = { type: "Polygon", coordinates: [[[36, 34], [36, 95], [37, 95], [36, 34]]] };
    const outOfRange = await postLocation(asEditor("/api/locations", { body: { id: "bad-shape", name: "Bad shape", names: { en: "Bad shape" }, kind: "neighbourhood", geometry: swapped, geometrySource: "test", approximate: true } }));
    expect(JSON.stringify((await outOfRange.json()).errors)).toContain("latitude must be between -90 and 90");
    const huge = { type: "Polygon", coordinates: [[[-170, -80], [170, -80], [170, 80], [-170, 80], [-170, -80]]] };
    const tooBig = await postLocation(asEditor("/api/locations", { body: { id: "bad-shape", name: "Bad shape", names: { en: "Bad shape" }, kind: "neighbourhood", geometry: huge, geometrySource: "test", approximate: true } }));
    expect(JSON.stringify((await tooBig.json()).errors)).toMatch(/must cover at most/);
    const badCode = await postLocation(asEditor("/api/locations", { body: { id: "bad-shape", name: "Bad shape", names: { en: "Bad shape" }, kind: "neighbourhood", geometry: district, pcodes: { admin1: "Aleppo" }, geometrySource: "test", approximate: true } }));
    expect((await badCode.json()).errors).toEqual([expect.objectContaining({ column: "pcodes.admin1", message: "must be an admin-1 P-code, e.g. SY02" })]);
    const places = await (await getLocations(read("/api/locations"))).json();
    expect(places.features.map((f: { properties: { id: string } }) => f.properties.id)).not.toContain("bad-shape");
  });

  it("opens with its own place (a polygon), facility and claims, and keeps them apart from Aleppo's", async () => {
    const place = (body: Record<string, unknown>) => postLocation(asEditor("/api/locations", { body: { approximate: true, geometrySource: "Drawn for the tests.", ...body } }));
    expect((await place({ id: "test-valley-district", name: "Test valley district", names: { en: "Test valley district" }, kind: "neighbourhood", geometry: district })).status).toBe(201);
    expect((await place({ id: "test-valley-clinic", name: "Test valley clinic", names: { en: "Test valley clinic" }, kind: "facility", geometry: { type: "Point", coordinates: [36.005, 34.005] } })).status).toBe(201);
    const opened = await postSituation(asAdmin("/api/situations", { body: { ...flood, reason: "A second crisis to follow" } }));
    expect(opened.status).toBe(201);
    expect(opened.headers.get("etag")).toMatch(/^"sit-/);

    const claim = buildFigure({ id: "valley-displaced", indicator: "displaced", group: "all", value: 1200, qualifier: "about", locationIds: ["test-valley-district"], sourceId: "ocha", via: undefined, reportedAt: "2026-11-03", quote: "About 1,200 people were displaced.", situationIds: [flood.id] });
    expect((await postFigure(asEditor("/api/figures", { body: claim }))).status).toBe(201);
    const account = { id: "valley-clinic-flooded", kind: "facility-status", facilityStatus: "out-of-service", title: "The clinic is flooded", description: "The clinic is out of service.", date: "2026-11-02", dateBasis: "test", locationIds: ["test-valley-clinic"], sourceId: "ocha", quote: "The clinic is flooded.", quoteLanguage: "en", situationIds: [flood.id] };
    expect((await postEvent(asEditor("/api/events", { body: account }))).status).toBe(201);

    const overview = await (await getOverview(read(`/api/overview?situation=${flood.id}`))).json();
    expect(overview.situation).toBe(flood.id);
    expect(overview.cards.map((c: { key: string; headline: { id: string } }) => [c.key, c.headline.id])).toEqual([["displaced", "valley-displaced"]]);
    expect(overview.facilities.map((f: { locationId: string; latest: { facilityStatus: string } }) => [f.locationId, f.latest.facilityStatus])).toEqual([["test-valley-clinic", "out-of-service"]]);
    // Aleppo's overview, asked for by name or as the default, holds none of the new situation's.
    for (const path of ["/api/overview", "/api/overview?situation=aleppo-2026"]) {
      const aleppo = await (await getOverview(read(path))).json();
      expect(aleppo.situation).toBe("aleppo-2026");
      expect(JSON.stringify(aleppo)).not.toContain("valley");
    }

    const valleyClaims = await (await getFigures(read(`/api/figures?situation=${flood.id}`))).json();
    expect(valleyClaims.figures.map((f: { id: string }) => f.id)).toEqual(["valley-displaced"]);
    const aleppoClaims = await (await getFigures(read("/api/figures?situation=aleppo-2026&limit=500"))).json();
    expect(aleppoClaims.figures.map((f: { id: string }) => f.id)).not.toContain("valley-displaced");
    // Without situation=, lists span every situation, as before there were any.
    const all = await (await getFigures(read("/api/figures?indicator=displaced&limit=500"))).json();
    expect(all.figures.map((f: { id: string }) => f.id)).toContain("valley-displaced");
    const events = await (await getEvents(read(`/api/events?situation=${flood.id}`))).json();
    expect(events.events.map((e: { id: string }) => e.id)).toEqual(["valley-clinic-flooded"]);
    const places = await (await getLocations(read(`/api/locations?situation=${flood.id}`))).json();
    expect(places.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(["test-valley-clinic", "test-valley-district"]);
  });

  it("gives its charts, map, brief, feed and exports its own figures and none of Aleppo's", async () => {
    const chartCsv = await getChart(read(`/api/charts/displaced-over-time?situation=${flood.id}&format=csv`), params({ chart: "displaced-over-time" }));
    expect(chartCsv.headers.get("content-disposition")).toMatch(/filename="sitrep-valley-flood-2026-displaced-over-time-2026-11-03\.csv"/);
    const rows = Papa.parse<string[]>((await chartCsv.text()).trim()).data.slice(2);
    expect(rows.map((r) => r[14])).toEqual(["valley-displaced"]);
    const chart = await (await getChart(read(`/api/charts/displaced-over-time?situation=${flood.id}`), params({ chart: "displaced-over-time" }))).json();
    expect(chart.title).toBe("People displaced from Test valley district, count by count");
    const aleppoChart = await (await getChart(read("/api/charts/displaced-over-time"), params({ chart: "displaced-over-time" }))).json();
    expect(JSON.stringify(aleppoChart)).not.toContain("valley");

    const snapshot = await currentSnapshot();
    const valley = scopedSnapshot(snapshot, flood.id)!;
    const map = mapModel(valley);
    expect(map.areas.map((a) => a.id)).toEqual(["test-valley-district"]);
    expect(map.facilities.map((f) => [f.id, f.status])).toEqual([["test-valley-clinic", "out-of-service"]]);
    expect(map.shading.map((s) => [s.indicator, s.figure?.id])).toEqual([["displaced", "valley-displaced"]]);
    expect(map.context).toBeUndefined();
    expect(map.title).toBe("Test valley district");
    const brief = buildSummary(valley);
    expect(brief.title).toBe("Flooding in the test valley");
    expect(brief.figures.map((f) => f.headline.id)).toEqual(["valley-displaced"]);
    expect(JSON.stringify(buildSummary(scopedSnapshot(snapshot, "aleppo-2026")!))).not.toContain("valley");

    const feed = await (await getChangesAtom(read(`/changes.atom?situation=${flood.id}`))).text();
    expect(feed).toContain("valley-displaced");
    expect(feed).not.toContain("sohr-seed");
    const aleppoFeed = await (await getChangesAtom(read("/changes.atom?situation=aleppo-2026"))).text();
    expect(aleppoFeed).not.toContain("valley-displaced");
  });

  it("is listed, active first, and revised with If-Match: a stale tag is a 409, none a 428, and the change is a revision that reverts", async () => {
    const listed = await (await getSituations(read("/api/situations"))).json();
    expect(listed.situations.map((s: { id: string }) => s.id)).toEqual([flood.id, "aleppo-2026"]);
    const path = `/api/situations/${flood.id}`;
    const current = await getSituation(read(path), params({ id: flood.id }));
    const tag = current.headers.get("etag") as string;
    expect((await patchSituation(asAdmin(path, { method: "PATCH", body: { status: "archived", reason: "Over" } }), params({ id: flood.id }))).status).toBe(428);
    // An editor changes what it follows and shows, not whether it is open.
    const editorArchives = await patchSituation(asEditor(path, { method: "PATCH", body: { status: "archived", reason: "Over" }, headers: { "If-Match": tag } }), params({ id: flood.id }));
    expect(editorArchives.status).toBe(403);
    expect(await editorArchives.json()).toMatchObject({ fields: ["status"] });
    const editorCards = await patchSituation(asEditor(path, { method: "PATCH", body: { headline: [{ indicator: "displaced" }, { indicator: "killed" }], reason: "Deaths are reported now" }, headers: { "If-Match": tag } }), params({ id: flood.id }));
    expect(editorCards.status).toBe(200);
    const afterCards = editorCards.headers.get("etag") as string;
    const archived = await patchSituation(asAdmin(path, { method: "PATCH", body: { status: "archived", reason: "The waters receded" }, headers: { "If-Match": afterCards } }), params({ id: flood.id }));
    expect(archived.status).toBe(200);
    expect((await archived.json()).changes).toEqual({ status: { from: "active", to: "archived" } });
    const stale = await patchSituation(asAdmin(path, { method: "PATCH", body: { status: "active", reason: "Again" }, headers: { "If-Match": afterCards } }), params({ id: flood.id }));
    expect(stale.status).toBe(409);
    const badField = await patchSituation(asAdmin(path, { method: "PATCH", body: { period: { start: "2026-11-01", end: "2026-10-01" }, reason: "Dates" }, headers: { "If-Match": archived.headers.get("etag") as string } }), params({ id: flood.id }));
    expect(badField.status).toBe(422);
    expect((await badField.json()).errors).toEqual([expect.objectContaining({ file: "situations.json", column: "period.end", message: "must not be before period.start" })]);

    const relisted = await (await getSituations(read("/api/situations"))).json();
    expect(relisted.situations.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([["aleppo-2026", "active"], [flood.id, "archived"]]);

    const db = await getDb();
    const [revision] = await db.select().from(revisions).where(and(eq(revisions.entity, "situation"), eq(revisions.entityId, flood.id))).orderBy(desc(revisions.id)).limit(1);
    expect(revision).toMatchObject({ action: "update", reason: "The waters receded", author: "Test admin" });
    const undone = await revert(asAdmin(`/api/revisions/${revision.id}/revert`, { body: { reason: "Archived too early" } }), params({ id: String(revision.id) }));
    expect(undone.status).toBe(200);
    expect((await currentSnapshot()).situationsById.get(flood.id)?.status).toBe("active");
  });
});

describe("read models per situation", () => {
  it("a write to one situation leaves another's model as it was, and rebuilds its own; an unread one holds nothing", async () => {
    const aleppo = await currentSituationSnapshot("aleppo-2026");
    expect(aleppo?.claims.some((c) => c.id === "valley-displaced")).toBe(false);
    expect(keptSituationModels()).not.toContain("no-such-situation");

    const valleyClaim = buildFigure({ id: "valley-displaced-later", indicator: "displaced", group: "all", value: 1500, qualifier: "about", locationIds: ["test-valley-district"], sourceId: "ocha", via: undefined, reportedAt: "2026-11-05", quote: "About 1,500 people are now displaced.", situationIds: [flood.id] });
    expect((await postFigure(asEditor("/api/figures", { body: valleyClaim }))).status).toBe(201);
    const afterOther = await currentSituationSnapshot("aleppo-2026");
    // The same model, known current at the new version: nothing was read again.
    expect(afterOther).toBe(aleppo);
    expect(afterOther?.version).toBe((await currentSnapshot()).version);
    const valley = await currentSituationSnapshot(flood.id);
    expect(valley?.claims.map((c) => c.id).sort()).toEqual(["valley-displaced", "valley-displaced-later"]);

    const aleppoClaim = buildFigure({ id: "aleppo-later-injured", indicator: "injured", group: "all", value: 130, qualifier: "more-than", reportedAt: "2026-01-14", quote: "More than 130 were injured." });
    expect((await postFigure(asEditor("/api/figures", { body: aleppoClaim }))).status).toBe(201);
    const afterOwn = await currentSituationSnapshot("aleppo-2026");
    expect(afterOwn).not.toBe(aleppo);
    expect(afterOwn?.claimsById.has("aleppo-later-injured")).toBe(true);
    expect(afterOwn?.claimsById.has("valley-displaced-later")).toBe(false);
    expect(keptSituationModels().sort()).toEqual(["aleppo-2026", flood.id].sort());
  });
});

describe("a situation's model brought up to date", () => {
  it("after adds, edits, a move to another situation and a revert, equals the model read afresh", async () => {
    const before = await currentSituationSnapshot(flood.id);
    const add = buildFigure({ id: "valley-injured", indicator: "injured", group: "all", value: 12, qualifier: "at-least", locationIds: ["test-valley-district"], sourceId: "ocha", via: undefined, reportedAt: "2026-11-06", quote: "At least 12 people were injured.", situationIds: [flood.id] });
    expect((await postFigure(asEditor("/api/figures", { body: add }))).status).toBe(201);
    const edit = (id: string, body: Record<string, unknown>) => patchFigure(asEditor(`/api/figures/${id}`, { method: "PATCH", body, headers: { "If-Match": "*" } }), params({ id }));
    expect((await edit("valley-injured", { value: 14, reason: "OCHA's correction" })).status).toBe(200);
    expect((await edit("valley-displaced", { pinnedReason: "OCHA's count is the one the cluster uses", reason: "Pinned" })).status).toBe(200);
    // Moved to Aleppo's situation: it leaves the valley's model and enters Aleppo's.
    expect((await edit("valley-displaced-later", { situationIds: ["aleppo-2026"], reason: "Filed under the wrong crisis" })).status).toBe(200);

    const patched = await currentSituationSnapshot(flood.id);
    expect(patched).not.toBe(before);
    const fresh = await loadSituationSnapshot(await getDb(), flood.id);
    const view = (s: typeof patched) => ({
      claims: s!.claims.map((c) => [c.id, c.value, c.qualifier, c.status, c.pinnedReason ?? null]),
      events: s!.events.map((e) => e.id),
      versions: [...s!.figureVersions.entries()].sort(),
      changedIn: [...s!.history.changedIn.entries()].sort(),
      addedByStaffIn: [...s!.history.addedByStaffIn.entries()].sort(),
      pinnedIn: [...s!.history.pinnedIn.entries()].sort().map(([id, p]) => [id, p.version, p.at ?? null]),
    });
    expect(view(patched)).toEqual(view(fresh));
    expect(patched!.claimsById.has("valley-displaced-later")).toBe(false);
    const aleppo = (await currentSituationSnapshot("aleppo-2026"))!;
    expect(aleppo.claimsById.has("valley-displaced-later")).toBe(true);
    expect(view(aleppo)).toEqual(view(await loadSituationSnapshot(await getDb(), "aleppo-2026")));
  });
});

describe("addresses from before situations", () => {
  it("redirect permanently to the same page of the default situation, the query kept", async () => {
    const cases: [string, string][] = [
      ["/en/summary", "/en/aleppo-2026/summary"],
      ["/ar/map?indicator=killed", "/ar/aleppo-2026/map?indicator=killed"],
      ["/ku/charts", "/ku/aleppo-2026/charts"],
      ["/en/embed/charts/timeline", "/en/embed/aleppo-2026/charts/timeline"],
    ];
    for (const [from, to] of cases) {
      const response = await moved(read(`/moved?from=${encodeURIComponent(from)}`));
      expect(response.status, from).toBe(308);
      expect(response.headers.get("location"), from).toBe(to);
    }
    expect((await moved(read(`/moved?from=${encodeURIComponent("/en/sources")}`))).status).toBe(404);
  });
});
