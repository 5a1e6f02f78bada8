import { afterEach, describe, expect, it } from "vitest";
import { defaultSituationOf, situationsOfRecord } from "@/lib/situations/membership";
import { movedAddress } from "@/lib/http/moved-addresses";
import { shapeFromGeoJson, ShapeTextError } from "@/lib/map/shape-from-geojson";
import { areaM2 } from "@/lib/map/geometry";
import { Situation } from "@/lib/model";
import { TEST_SITUATION } from "../fixtures/situation";

describe("which situation", () => {
  afterEach(() => {
    delete process.env.DEFAULT_SITUATION;
  });

  it("answers reads naming none: DEFAULT_SITUATION when it names one, else the first created", () => {
    const situations = [{ id: "first" }, { id: "second" }];
    expect(defaultSituationOf(situations)?.id).toBe("first");
    process.env.DEFAULT_SITUATION = "second";
    expect(defaultSituationOf(situations)?.id).toBe("second");
    process.env.DEFAULT_SITUATION = "no-such";
    expect(defaultSituationOf(situations)?.id).toBe("first");
  });

  it("holds a record: its own list, else the first created, whichever answers reads", () => {
    process.env.DEFAULT_SITUATION = "second";
    expect(situationsOfRecord({}, "first")).toEqual(["first"]);
    expect(situationsOfRecord({ situationIds: [] }, "first")).toEqual(["first"]);
    expect(situationsOfRecord({ situationIds: ["second", "third"] }, "first")).toEqual(["second", "third"]);
    expect(situationsOfRecord({}, undefined)).toEqual([]);
  });
});

describe("a situation's record", () => {
  it("refuses an id that is a page's address, and an end before its start, naming the field", () => {
    const reserved = Situation.safeParse({ ...TEST_SITUATION, id: "charts" });
    expect(reserved.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["id", expect.stringContaining("page addresses")]]);
    const backwards = Situation.safeParse({ ...TEST_SITUATION, period: { start: "2026-02-01", end: "2026-01-01" } });
    expect(backwards.error?.issues.map((i) => i.path.join("."))).toEqual(["period.end"]);
    const twice = Situation.safeParse({ ...TEST_SITUATION, headline: [{ indicator: "killed" }, { indicator: "killed", group: "all" }] });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(["lists the same figure twice"]);
  });
});

describe("addresses from before situations", () => {
  it("move to the same page of the situation given; others do not move", () => {
    expect(movedAddress("/en/summary", "x")).toBe("/en/x/summary");
    expect(movedAddress("/ar/map/", "x")).toBe("/ar/x/map");
    expect(movedAddress("/ku/charts", "x")).toBe("/ku/x/charts");
    expect(movedAddress("/en/embed/charts/timeline", "x")).toBe("/en/embed/x/charts/timeline");
    for (const path of ["/en", "/en/figures", "/en/sources", "/en/summary/extra", "/en/embed/x/charts/timeline", "/en/x/summary"]) expect(movedAddress(path, "x"), path).toBeNull();
  });
});

describe("a shape pasted or uploaded as GeoJSON", () => {
  const polygon = { type: "Polygon", coordinates: [[[36, 34], [36.01, 34], [36.01, 34.01], [36, 34]]] };

  it("takes a geometry, a Feature or a FeatureCollection of one", () => {
    expect(shapeFromGeoJson(JSON.stringify(polygon))).toEqual(polygon);
    expect(shapeFromGeoJson(JSON.stringify({ type: "Feature", properties: {}, geometry: polygon }))).toEqual(polygon);
    expect(shapeFromGeoJson(JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: polygon }] }))).toEqual(polygon);
  });

  it("says in words what is wrong with anything else", () => {
    expect(() => shapeFromGeoJson("{not json")).toThrow(ShapeTextError);
    expect(() => shapeFromGeoJson("{not json")).toThrow(/is not GeoJSON/);
    expect(() => shapeFromGeoJson(JSON.stringify({ type: "FeatureCollection", features: [] }))).toThrow("holds 0 features: give the one shape of this place");
    expect(() => shapeFromGeoJson(JSON.stringify({ type: "GeometryCollection", geometries: [] }))).toThrow(/give a Polygon or MultiPolygon/);
  });

  it("measures its area on the sphere, as a sanity check on units and order", () => {
    // 0.01° by 0.01° at 34° N: about 1.11 km by 0.92 km.
    const square = { type: "Polygon" as const, coordinates: [[[36, 34], [36.01, 34], [36.01, 34.01], [36, 34.01], [36, 34]]] as [number, number][][] };
    expect(areaM2(square) / 1e6).toBeCloseTo(1.11 * 0.922, 1);
  });
});
