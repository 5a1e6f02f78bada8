import { describe, expect, it } from "vitest";
import { Event, Figure, Location, Source } from "@/lib/model";
import { buildFigure, buildSource } from "../fixtures/figure-builder";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("Figure schema", () => {
  it("accepts a complete claim", () => {
    expect(Figure.safeParse(buildFigure()).success).toBe(true);
  });

  it.each([
    ["value", { value: -1 }],
    ["value", { value: 1.5 }],
    ["qualifier", { qualifier: "roughly" }],
    ["quote", { quote: "  " }],
    ["reportedAt", { reportedAt: "9 January 2026" }],
    ["translation", { quoteLanguage: "ar" as const }],
    ["url", { url: "javascript:alert(1)" }],
    ["locationIds", { locationIds: [] }],
    ["valueHigh", { value: 10, valueHigh: 5 }],
  ])("rejects a bad %s", (field, overrides) => {
    const result = Figure.safeParse(buildFigure(overrides as never));
    expect(result.success).toBe(false);
    expect(issuesOf(result)).toContain(field);
  });
});

describe("Source, Location and Event schemas", () => {
  it("requires a reason for every reliability grade", () => {
    expect(issuesOf(Source.safeParse(buildSource({ reliabilityReason: "" })))).toContain("reliabilityReason");
    expect(issuesOf(Source.safeParse(buildSource({ reliability: "G" as never })))).toContain("reliability");
  });

  it("requires a geometry source even when there is no geometry", () => {
    const result = Location.safeParse({ id: "afrin", name: "Afrin", names: { en: "Afrin" }, kind: "city", geometry: null, approximate: true });
    expect(issuesOf(result)).toContain("geometrySource");
  });

  it("requires a facility status on facility events only", () => {
    const event = {
      id: "e",
      kind: "facility-status",
      title: "t",
      description: "d",
      dateBasis: "The seed gives no calendar date",
      locationIds: ["khalid-fajr-hospital"],
      sourceId: "sohr",
      quote: "q",
      quoteLanguage: "en",
    };
    expect(issuesOf(Event.safeParse(event))).toContain("facilityStatus");
    expect(Event.safeParse({ ...event, facilityStatus: "attacked" }).success).toBe(true);
    expect(issuesOf(Event.safeParse({ ...event, kind: "ceasefire", facilityStatus: "attacked" }))).toContain("facilityStatus");
  });
});
