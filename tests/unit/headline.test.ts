import { describe, expect, it } from "vitest";
import { chooseHeadline } from "@/lib/claims/headline";
import { claimGroupKey } from "@/lib/claims/keys";
import { buildClaim, buildSource } from "../fixtures/figure-builder";

const sources = new Map(
  [
    buildSource({ id: "ocha", short: "OCHA", reliability: "A" }),
    buildSource({ id: "sohr", reliability: "B" }),
    buildSource({ id: "tv", short: "TV", reliability: "D" }),
  ].map((s) => [s.id, s]),
);

describe("chooseHeadline", () => {
  it("prefers the best-graded source over a fresher, weaker one", () => {
    const choice = chooseHeadline(
      [
        buildClaim({ id: "tv-late", sourceId: "tv", reportedAt: "2026-01-13" }),
        buildClaim({ id: "sohr-early", sourceId: "sohr", reportedAt: "2026-01-09" }),
      ],
      sources,
    );
    expect(choice?.headline.id).toBe("sohr-early");
    expect(choice?.rule).toBe("best-grade-latest");
    expect(choice?.competing.map((c) => c.id)).toEqual(["tv-late"]);
  });

  it("takes the latest report among equally graded sources, undated last", () => {
    const choice = chooseHeadline(
      [
        buildClaim({ id: "undated", reportedAt: undefined }),
        buildClaim({ id: "old", reportedAt: "2026-01-09" }),
        buildClaim({ id: "new", reportedAt: "2026-01-11" }),
      ],
      sources,
    );
    expect(choice?.headline.id).toBe("new");
    expect(choice?.competing.map((c) => c.id)).toEqual(["old", "undated"]);
  });

  it("lets an editors' pin win and keeps superseded counts as history", () => {
    const choice = chooseHeadline(
      [
        buildClaim({ id: "ocha", sourceId: "ocha", reportedAt: "2026-01-13" }),
        buildClaim({ id: "pinned", sourceId: "tv", pinnedReason: "Editors' choice." }),
        buildClaim({ id: "superseded", status: "superseded" }),
      ],
      sources,
    );
    expect(choice?.headline.id).toBe("pinned");
    expect(choice?.rule).toBe("pinned");
    expect(choice?.history.map((c) => c.id)).toEqual(["superseded"]);
  });

  it("returns nothing when no claim is current", () => {
    expect(chooseHeadline([buildClaim({ status: "superseded" })], sources)).toBeNull();
  });
});

describe("claimGroupKey", () => {
  it("groups the same indicator, group, unit and places, in any order", () => {
    const a = buildClaim({ locationIds: ["sheikh-maqsoud", "ashrafiyeh"] });
    const b = buildClaim({ locationIds: ["ashrafiyeh", "sheikh-maqsoud"], sourceId: "tv", value: 99 });
    expect(claimGroupKey(a)).toBe(claimGroupKey(b));
  });

  it("keeps apart families and people, one city and all of Syria", () => {
    const people = buildClaim({ indicator: "displaced", group: "all" });
    expect(claimGroupKey(people)).not.toBe(claimGroupKey({ ...people, unit: "households" }));
    expect(claimGroupKey(people)).not.toBe(claimGroupKey({ ...people, locationIds: ["aleppo-city"] }));
    expect(claimGroupKey(people)).not.toBe(claimGroupKey({ ...people, indicator: "still_displaced" }));
  });
});
