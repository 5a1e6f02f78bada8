import { describe, expect, it } from "vitest";
import { buildMapModel } from "@/lib/map/map-model";
import type { Location } from "@/lib/model";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import type { EventSummary } from "@/lib/queries/event-summary";

const square = (lng: number, lat: number) => ({
  type: "Polygon" as const,
  coordinates: [[[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]]] as [number, number][][],
});

const locations: Location[] = [
  { id: "sheikh-maqsoud", name: "Sheikh Maqsoud", names: { en: "Sheikh Maqsoud" }, kind: "neighbourhood", geometry: square(37.14, 36.23), geometrySource: "schematic", approximate: true },
  { id: "ashrafiyeh", name: "Ashrafiyeh", names: { en: "Ashrafiyeh" }, kind: "neighbourhood", geometry: square(37.13, 36.22), geometrySource: "schematic", approximate: true },
  { id: "afrin", name: "Afrin", names: { en: "Afrin" }, kind: "city", geometry: null, geometrySource: "not drawn", approximate: true },
  { id: "khalid-fajr-hospital", name: "Khalid Fajr hospital", names: { en: "Khalid Fajr hospital" }, kind: "facility", geometry: { type: "Point", coordinates: [37.145, 36.235] }, geometrySource: "centre of the neighbourhood", approximate: true },
  { id: "route", name: "Evacuation", names: { en: "Evacuation" }, kind: "route", geometry: { type: "LineString", coordinates: [[37.145, 36.235], [37.19, 36.247]] }, geometrySource: "direction only", approximate: true },
];

const displaced = {
  id: "d",
  valueText: "about 155,000",
  sourceShort: "Aleppo authorities",
  viaShort: "Seed report",
  reportedAt: "2026-01-11",
  href: "/figures/d",
} as ClaimSummary;

const hospitalEvents = [
  { id: "e1", facilityStatus: "attacked", date: "2026-01-09", sourceShort: "Rights Monitor" },
  { id: "e2", facilityStatus: "evacuated", dayLabel: "Sunday", sourceShort: "Asayish", viaShort: "Seed report" },
] as EventSummary[];

describe("buildMapModel", () => {
  const focusIds = ["sheikh-maqsoud", "ashrafiyeh"];
  const common = { situationId: "aleppo-2026", title: "Sheikh Maqsoud and Ashrafiyeh", placesText: "Sheikh Maqsoud, Ashrafiyeh and Khalid Fajr hospital", keywords: [], shadeBy: ["displaced", "killed", "injured"] as const };
  const model = buildMapModel({
    ...common,
    shadeBy: [...common.shadeBy],
    locations,
    focusIds,
    figures: { displaced },
    facilities: [{ id: "khalid-fajr-hospital", events: hospitalEvents, status: "evacuated" }],
    routeId: "route",
  });

  it("draws polygons for neighbourhoods with geometry, in Leaflet's lat/lng order, and skips places without", () => {
    expect(model.areas.map((a) => a.id)).toEqual(["sheikh-maqsoud", "ashrafiyeh"]);
    expect(model.areas[0].outlines[0][0]).toEqual([36.23, 37.14]);
    expect(model.areas[0].geometrySource).toBe("schematic");
  });

  it("places the facility and the route from the data, with their geometry notes", () => {
    expect(model.facilities[0]).toMatchObject({ id: "khalid-fajr-hospital", position: [36.235, 37.145], status: "evacuated", geometrySource: "centre of the neighbourhood" });
    expect(model.facilities[0].statusEvents.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(model.route?.positions.at(-1)).toEqual([36.247, 37.19]);
  });

  it("gives a legend entry per indicator: the figure behind the shading, or none", () => {
    expect(model.shading.map((s) => s.indicator)).toEqual(["displaced", "killed", "injured"]);
    expect(model.shading[0].figure?.valueText).toBe("about 155,000");
    expect(model.shading[1].figure).toBeUndefined();
  });

  it("credits every source and relay behind what it shows, and dates the data", () => {
    expect(model.sources).toEqual(["Aleppo authorities", "Rights Monitor", "Asayish"]);
    expect(model.relays).toEqual(["Seed report"]);
    expect(model.dataDate).toBe("2026-01-11");
  });

  it("draws other named places only when asked (the map page), as points with their claim counts", () => {
    expect(model.otherPlaces).toEqual([]);
    const generated = Array.from({ length: 500 }, (_, i) => ({ ...locations[0], id: `place-${i}`, name: `Place ${i}`, geometry: square(37 + i / 1000, 36.1) }));
    const claimsPerPlace = new Map([...generated.map((l) => [l.id, 3] as [string, number]), ["sheikh-maqsoud", 9], ["afrin", 4]]);
    const full = buildMapModel({ ...common, shadeBy: [...common.shadeBy], locations: [...locations, ...generated], focusIds, claimsPerPlace, figures: {}, facilities: [{ id: "khalid-fajr-hospital", events: [] }], routeId: "route" });
    expect(full.otherPlaces).toHaveLength(500);
    expect(full.otherPlaces[0]).toEqual({ id: "place-0", name: "Place 0", position: [expect.closeTo(36.104, 3), expect.closeTo(37.004, 3)], claims: 3 });
    // The story's neighbourhoods stay the drawn areas, and the frame stays on them.
    expect(full.areas.map((a) => a.id)).toEqual(focusIds);
    expect(full.bounds).toEqual(model.bounds);
  });

  it("frames all drawn features, and the neighbourhoods alone for phones", () => {
    expect(model.bounds).toEqual([[36.22, 37.13], [36.247, 37.19]]);
    expect(model.areaBounds[1][1]).toBeCloseTo(37.15);
  });
});
