import { describe, expect, it } from "vitest";
import { agreementOf, discrepanciesWithin, groupBySourceAndValue } from "@/lib/claims/agreement";
import { voiceOf, type VoiceOf } from "@/lib/claims/voice";
import { claimGroupKey } from "@/lib/claims/keys";
import { placeConflicts } from "@/lib/claims/place-consistency";
import { supersedeProblem } from "@/lib/claims/supersede";
import { buildClaim, buildFigure, buildSource } from "../fixtures/figure-builder";

const sources = new Map(
  [
    buildSource({ id: "governor", short: "Governor", reliability: "C", partOf: "government" }),
    buildSource({ id: "social-affairs", short: "Social Affairs", reliability: "C", partOf: "government" }),
    buildSource({ id: "government", short: "Government", reliability: "C" }),
    buildSource({ id: "ocha", short: "OCHA", reliability: "B" }),
    buildSource({ id: "sohr", short: "SOHR", reliability: "B" }),
  ].map((s) => [s.id, s]),
);
/** Each claim's voice by its own source, as when no claim repeats another's figure. */
const bySource: VoiceOf = (claim) => voiceOf(claim.sourceId, sources);
const displaced = (id: string, sourceId: string, value: number, extra: Parameters<typeof buildClaim>[0] = {}) =>
  buildClaim({ id, sourceId, value, indicator: "displaced", group: "all", via: undefined, ...extra });

describe("independent sources", () => {
  const claims = [
    displaced("gov-alwakeel", "governor", 155000, { via: "alwakeel" }),
    displaced("gov-elbalad", "governor", 155000, { via: "elbalad", qualifier: "exact" }),
    displaced("gov-mee", "governor", 155000, { via: "mee" }),
    displaced("ocha", "ocha", 150000, { qualifier: "about" }),
  ];

  it("counts relays of one source's figure once, and every report", () => {
    expect(agreementOf(claims, bySource)).toMatchObject({ sources: 2, reports: 4, low: 150000, high: 155000 });
  });

  it("counts offices of one government as one voice", () => {
    expect(voiceOf("governor", sources)).toBe("government");
    expect(voiceOf("ocha", sources)).toBe("ocha");
    expect(agreementOf([...claims, displaced("sa", "social-affairs", 59030)], bySource)).toMatchObject({ sources: 2, reports: 5, low: 59030, high: 155000 });
  });

  it("gives a range with one source as that source's value, and leaves replaced claims out", () => {
    expect(agreementOf([claims[0], claims[1]], bySource)).toMatchObject({ sources: 1, reports: 2, low: 155000, high: 155000 });
    expect(agreementOf([claims[0], displaced("old", "ocha", 9, { status: "superseded" })], bySource)).toMatchObject({ sources: 1, low: 155000 });
    expect(agreementOf([displaced("old", "ocha", 9, { status: "superseded" })], bySource)).toBeNull();
  });

  it("takes a range's upper end as its high value", () => {
    expect(agreementOf([displaced("range", "ocha", 100, { valueHigh: 120 })], bySource)).toMatchObject({ low: 100, high: 120 });
  });

  it("survives a partOf cycle", () => {
    const cyclic = new Map([["a", { partOf: "b" }], ["b", { partOf: "a" }]]);
    expect(["a", "b"]).toContain(voiceOf("a", cyclic));
  });
});

describe("grouping by source and value", () => {
  it("makes one group of one source's figure, whatever the relay, in the order given", () => {
    const groups = groupBySourceAndValue(
      [
        displaced("gov-1", "governor", 155000, { via: "a" }),
        displaced("ocha", "ocha", 150000),
        displaced("gov-2", "governor", 155000, { via: "b" }),
        displaced("gov-other", "governor", 140000),
      ],
      bySource,
    );
    expect(groups.map((g) => g.claims.map((c) => c.id))).toEqual([["gov-1", "gov-2"], ["ocha"], ["gov-other"]]);
    expect(groups[0]).toMatchObject({ sourceId: "governor", voice: "government", value: 155000 });
  });

  it("shows a source's own different current figures as a discrepancy within it", () => {
    const killed = [buildClaim({ id: "a", value: 116, reportedAt: "2026-01-09" }), buildClaim({ id: "b", value: 82, reportedAt: "2026-01-11" })];
    expect(discrepanciesWithin(killed, bySource)).toEqual(new Map([["sohr", [82, 116]]]));
    expect(discrepanciesWithin([killed[0], { ...killed[1], status: "superseded" as const }], bySource).size).toBe(0);
  });
});

describe("what counts the same thing", () => {
  it("never lets a period count compete with a cumulative one, nor counts of different spans", () => {
    const cumulative = buildFigure({ id: "c" });
    const day = buildFigure({ id: "d", countKind: "period", periodStart: "2026-01-06", periodEnd: "2026-01-06" });
    const otherDay = buildFigure({ id: "e", countKind: "period", periodStart: "2026-01-07", periodEnd: "2026-01-07" });
    expect(claimGroupKey(cumulative)).not.toBe(claimGroupKey(day));
    expect(claimGroupKey(day)).not.toBe(claimGroupKey(otherDay));
    expect(claimGroupKey(day)).toBe(claimGroupKey(buildFigure({ ...day, id: "same-day", value: 99 })));
  });
});

describe("supersedes", () => {
  const earlier = buildFigure({ id: "earlier", value: 23, reportedAt: "2026-01-09", status: "superseded" });
  const later = (extra: Parameters<typeof buildFigure>[0] = {}) => buildFigure({ id: "later", value: 43, reportedAt: "2026-01-11", supersedes: "earlier", ...extra });

  it("allows a source's own later, higher count of the same thing", () => {
    expect(supersedeProblem(later(), earlier)).toBeNull();
  });

  it("refuses without a marked replacement: another source, something else, earlier, lower or still current", () => {
    expect(supersedeProblem(later({ sourceId: "ocha" }), earlier)).toMatch(/another source/);
    expect(supersedeProblem(later({ group: "all" }), earlier)).toMatch(/counts something else/);
    expect(supersedeProblem(later({ reportedAt: "2026-01-08" }), earlier)).toMatch(/dated before/);
    expect(supersedeProblem(later(), { ...earlier, reportedAt: undefined })).toMatch(/need a date/);
    expect(supersedeProblem(later({ value: 20 }), earlier)).toMatch(/lower/);
    expect(supersedeProblem(later(), { ...earlier, status: "current" })).toMatch(/still current/);
    expect(supersedeProblem(later(), undefined)).toMatch(/does not exist/);
  });
});

describe("places", () => {
  it("finds one source's one figure placed differently by two relays", () => {
    const base = { sourceId: "governor", indicator: "displaced", group: "all", unit: "people", value: 155000 } as const;
    expect(
      placeConflicts([
        { ...base, id: "own-words", locationIds: ["sheikh-maqsoud", "ashrafiyeh"] },
        { ...base, id: "relay", locationIds: ["ashrafiyeh", "sheikh-maqsoud"] },
        { ...base, id: "elsewhere", locationIds: ["aleppo-city"] },
        { ...base, id: "other-value", value: 150000, locationIds: ["aleppo-city"] },
      ]),
    ).toEqual([["own-words", "elsewhere"]]);
  });
});
