import { describe, expect, it } from "vitest";
import { agreementOf } from "@/lib/claims/agreement";
import { dataDateOf } from "@/lib/claims/data-date";
import { takenFromProblem } from "@/lib/claims/taken-from";
import type { Claim } from "@/lib/claims/types";
import { claimVoices, originOf } from "@/lib/claims/voice";
import type { Figure } from "@/lib/model";
import { buildClaim, buildFigure, buildSource } from "../fixtures/figure-builder";

const sources = new Map(
  [
    buildSource({ id: "ministry", short: "Ministry", partOf: "government" }),
    buildSource({ id: "government", short: "Government" }),
    buildSource({ id: "bcf", short: "BCF" }),
    buildSource({ id: "afp", short: "AFP" }),
    buildSource({ id: "mee", short: "MEE" }),
    buildSource({ id: "al-monitor", short: "Al-Monitor" }),
  ].map((s) => [s.id, s]),
);
const byId = (claims: Claim[]) => new Map(claims.map((c) => [c.id, c]));
const displaced = (id: string, sourceId: string, value: number, extra: Parameters<typeof buildClaim>[0] = {}) =>
  buildClaim({ id, sourceId, value, indicator: "displaced", group: "all", qualifier: "about", via: undefined, ...extra });

describe("a claim's voice", () => {
  const ministry = displaced("ministry-886389", "ministry", 138750);
  const bcf = displaced("bcf-887087", "bcf", 138750, { takenFrom: "ministry-886389" });
  const relayOfBcf = displaced("relay", "mee", 138750, { takenFrom: "bcf-887087" });

  it("follows takenFrom to the origin, then partOf to the body it speaks for", () => {
    const claims = [ministry, bcf, relayOfBcf];
    expect(originOf(relayOfBcf, byId(claims)).id).toBe("ministry-886389");
    const voiceOf = claimVoices(byId(claims), sources);
    expect(claims.map(voiceOf)).toEqual(["government", "government", "government"]);
  });

  it("counts one figure repeated on other pages once", () => {
    const claims = [ministry, bcf, displaced("trt", "afp", 165000)];
    expect(agreementOf(claims, claimVoices(byId(claims), sources))).toMatchObject({ sources: 2, reports: 3 });
    const withoutLink = [ministry, { ...bcf, takenFrom: undefined }, displaced("trt", "afp", 165000)];
    expect(agreementOf(withoutLink, claimVoices(byId(withoutLink), sources))).toMatchObject({ sources: 3, reports: 3 });
  });

  it("stops at a missing link or a loop instead of hanging", () => {
    const a = displaced("a", "mee", 21, { takenFrom: "b" });
    const b = displaced("b", "al-monitor", 21, { takenFrom: "a" });
    const voiceOf = claimVoices(byId([a, b]), sources);
    expect(["mee", "al-monitor"]).toContain(voiceOf(a));
    expect(originOf(displaced("c", "mee", 21, { takenFrom: "gone" }), byId([])).id).toBe("c");
  });
});

describe("the takenFrom rule", () => {
  const origin = buildFigure({ id: "afp", sourceId: "afp", value: 21, qualifier: "at-least" });
  const figures = (...list: Figure[]) => new Map([origin, ...list].map((f) => [f.id, f]));

  it("accepts a repeat of the same figure of the same thing", () => {
    const repeat = buildFigure({ id: "mee", sourceId: "mee", value: 21, takenFrom: "afp" });
    expect(takenFromProblem(repeat, figures(repeat))).toBeNull();
  });

  it("refuses a link to a claim about another thing, another figure, a missing claim or a loop", () => {
    const elsewhere = buildFigure({ id: "x", value: 21, takenFrom: "afp", locationIds: ["aleppo-city"] });
    expect(takenFromProblem(elsewhere, figures(elsewhere))).toMatch(/counts something else/);
    const other = buildFigure({ id: "y", value: 22, takenFrom: "afp" });
    expect(takenFromProblem(other, figures(other))).toMatch(/figure differs/);
    expect(takenFromProblem(buildFigure({ id: "z", takenFrom: "nowhere" }), figures())).toMatch(/does not exist/);
    const p = buildFigure({ id: "p", value: 21, takenFrom: "q" });
    const q = buildFigure({ id: "q", value: 21, takenFrom: "p" });
    expect(takenFromProblem(p, figures(p, q))).toMatch(/loop/);
  });
});

describe("the ends of a range", () => {
  it("are claims: the lowest and highest current values, the latest report among equals", () => {
    const claims = [
      displaced("low-old", "mee", 21, { reportedAt: "2026-01-09" }),
      displaced("low-new", "al-monitor", 21, { reportedAt: "2026-01-10" }),
      displaced("high", "afp", 216, { reportedAt: undefined }),
      displaced("replaced", "afp", 5, { status: "superseded" }),
    ];
    expect(agreementOf(claims, (c) => c.sourceId)).toEqual({ sources: 3, reports: 3, low: 21, high: 216, lowClaimId: "low-new", highClaimId: "high" });
  });
});

describe("the one data date", () => {
  it("is the latest report date among what is shown, and none when nothing shown is dated", () => {
    expect(dataDateOf(["2026-01-11", undefined, "2026-01-13", null, "2026-01-09"])).toBe("2026-01-13");
    expect(dataDateOf([undefined, null])).toBeUndefined();
  });
});
