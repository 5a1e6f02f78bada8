import { describe, expect, it } from "vitest";
import { deriveSum, DerivedFigureError, sumQualifier } from "@/lib/claims/derive-sum";
import type { DerivedFigureDefinition } from "@/lib/model";
import { buildClaim } from "../fixtures/figure-builder";

const definition: DerivedFigureDefinition = {
  id: "killed-total",
  indicator: "killed",
  group: "all",
  unit: "people",
  locationIds: ["sheikh-maqsoud", "ashrafiyeh"],
  partIds: ["fighters", "asayish", "civilians"],
  label: "Killed, all groups",
};

const seedParts = [
  buildClaim({ id: "fighters", group: "damascus-affiliated-fighters", value: 38, qualifier: "at-least" }),
  buildClaim({ id: "asayish", group: "asayish", value: 1, qualifier: "at-least" }),
  buildClaim({ id: "civilians", group: "civilians", value: 43, qualifier: "at-least" }),
];
const byId = (claims: ReturnType<typeof buildClaim>[]) => new Map(claims.map((c) => [c.id, c]));

describe("deriveSum", () => {
  it("adds parts of one report and lists them", () => {
    const total = deriveSum(definition, byId(seedParts));
    expect(total.value).toBe(82);
    expect(total.qualifier).toBe("at-least");
    expect(total.parts.map((p) => p.id)).toEqual(["fighters", "asayish", "civilians"]);
    expect(total.sourceId).toBe("sohr");
  });

  it("refuses to add one source's count to another's", () => {
    const mixed = [...seedParts.slice(0, 2), buildClaim({ id: "civilians", group: "civilians", value: 1, sourceId: "icrc" })];
    expect(() => deriveSum(definition, byId(mixed))).toThrow(DerivedFigureError);
    expect(() => deriveSum(definition, byId(mixed))).toThrow(/another source or report/);
  });

  it("refuses parts of the same source from different reports", () => {
    const later = [...seedParts.slice(0, 2), buildClaim({ id: "civilians", group: "civilians", value: 23, reportedAt: "2026-01-09" })];
    expect(() => deriveSum(definition, byId(later))).toThrow(/another source or report/);
  });

  it("refuses overlapping or missing parts", () => {
    const overlap = [seedParts[0], seedParts[1], buildClaim({ id: "civilians", group: "asayish", value: 2 })];
    expect(() => deriveSum(definition, byId(overlap))).toThrow(/same group/);
    expect(() => deriveSum(definition, byId(seedParts.slice(0, 2)))).toThrow(/'civilians' does not exist/);
  });
});

describe("sumQualifier", () => {
  it("is only as exact as the least exact part", () => {
    expect(sumQualifier(["exact", "exact"])).toBe("exact");
    expect(sumQualifier(["exact", "at-least"])).toBe("at-least");
    expect(sumQualifier(["more-than", "exact"])).toBe("more-than");
    expect(sumQualifier(["more-than", "at-least"])).toBe("at-least");
    expect(sumQualifier(["at-least", "about"])).toBe("about");
    expect(sumQualifier(["up-to", "exact"])).toBe("up-to");
  });

  it("refuses to add an upper bound to a lower bound", () => {
    expect(() => sumQualifier(["up-to", "at-least"])).toThrow(DerivedFigureError);
  });
});

describe("deriveSum keeps a sum honest about its parts", () => {
  it("is superseded as soon as one part is", () => {
    const parts = [seedParts[0], seedParts[1], buildClaim({ id: "civilians", group: "civilians", value: 43, qualifier: "at-least", status: "superseded" })];
    expect(deriveSum(definition, byId(parts)).status).toBe("superseded");
    expect(deriveSum(definition, byId(seedParts)).status).toBe("current");
  });

  it("refuses a part that counts other places", () => {
    const parts = [seedParts[0], seedParts[1], buildClaim({ id: "civilians", group: "civilians", locationIds: ["aleppo-city"] })];
    expect(() => deriveSum(definition, byId(parts))).toThrow(/other places/);
  });
});
