import { describe, expect, it } from "vitest";
import { buildSummary, certaintyOf } from "@/lib/summary/build-summary";
import { buildClaim, buildSource } from "../fixtures/figure-builder";
import { buildEvent, buildLocation, buildSnapshot } from "../fixtures/snapshot-builder";

const sources = [
  buildSource({ id: "governor", name: "Aleppo governor", short: "Governor", reliability: "C", kind: "local-authority" }),
  buildSource({ id: "ocha", name: "UN OCHA", short: "OCHA", reliability: "B", kind: "un-agency" }),
  buildSource({ id: "outlet-a", name: "Outlet A", short: "A", reliability: "D", kind: "news-outlet" }),
  buildSource({ id: "outlet-b", name: "Outlet B", short: "B", reliability: "D", kind: "news-outlet" }),
  buildSource({ id: "sohr", reliability: "B" }),
  buildSource({ id: "seed-report", name: "Seed report", short: "Seed report", reliability: "F", kind: "news-outlet" }),
  buildSource({ id: "unused", name: "Unused source", short: "Unused", reliability: "A" }),
];
const locations = [
  buildLocation({ id: "sheikh-maqsoud", name: "Sheikh Maqsoud" }),
  buildLocation({ id: "ashrafiyeh", name: "Ashrafiyeh" }),
  buildLocation({ id: "khalid-fajr-hospital", name: "Khalid Fajr hospital", kind: "facility" }),
  buildLocation({ id: "afrin", name: "Afrin" }),
];
const both = ["sheikh-maqsoud", "ashrafiyeh"];
const displaced = (id: string, sourceId: string, value: number, extra: Parameters<typeof buildClaim>[0] = {}) =>
  buildClaim({ id, sourceId, value, indicator: "displaced", group: "all", qualifier: "about", locationIds: both, via: undefined, reportedAt: "2026-01-10", ...extra });

describe("buildSummary", () => {
  const snapshot = buildSnapshot({
    sources,
    locations,
    claims: [
      // The governor's one figure, relayed by two outlets: one voice, two reports.
      displaced("gov-a", "governor", 155000, { via: "outlet-a" }),
      displaced("gov-b", "governor", 155000, { via: "outlet-b", reportedAt: "2026-01-11" }),
      displaced("ocha", "ocha", 150000, { reportedAt: "2026-01-09" }),
      buildClaim({ id: "sohr-killed", indicator: "killed", group: "all", value: 43, qualifier: "at-least", locationIds: both, via: undefined, reportedAt: "2026-01-12" }),
      // SOHR's own second, different count: one source, two current figures.
      buildClaim({ id: "sohr-injured-a", indicator: "injured", group: "all", value: 115, qualifier: "more-than", locationIds: both, via: undefined, reportedAt: "2026-01-11" }),
      buildClaim({ id: "sohr-injured-b", indicator: "injured", group: "all", value: 120, qualifier: "more-than", locationIds: both, via: undefined, reportedAt: "2026-01-11", url: "https://example.org/other" }),
      // A later report about somewhere else: not in the brief, so it must not date it.
      buildClaim({ id: "elsewhere", indicator: "displaced", group: "all", value: 9000, qualifier: "about", locationIds: ["afrin"], via: undefined, reportedAt: "2026-02-15" }),
    ],
    events: [
      buildEvent({ id: "clashes", title: "Clashes begin", date: "2026-01-06" }),
      buildEvent({ id: "undated", title: "An undated account" }),
      buildEvent({ id: "ceasefire", title: "Partial ceasefire reached", kind: "ceasefire", date: "2026-01-10" }),
      buildEvent({ id: "other-source", title: "OCHA's account", sourceId: "ocha", date: "2026-01-08" }),
      // A C-graded source's account does not narrate, nor does a statement where an event tells the day.
      buildEvent({ id: "governor-account", title: "The governor's account", sourceId: "governor", date: "2026-01-07" }),
      buildEvent({ id: "ocha-statement", title: "OCHA's statement", kind: "statement", sourceId: "ocha", date: "2026-01-06" }),
      // The best grade tells a day two sources date: OCHA (B) before the seed report.
      buildEvent({ id: "seed-same-day", title: "The seed's account of that day", date: "2026-01-08" }),
      buildEvent({ id: "evacuated", title: "Hospital evacuated", kind: "facility-status", facilityStatus: "evacuated", locationIds: ["khalid-fajr-hospital"], date: "2026-01-11" }),
    ],
  });
  const summary = buildSummary(snapshot);

  it("counts a relay of one source's figure once, and every report", () => {
    const figure = summary.figures.find((f) => f.key === "displaced");
    expect(figure?.agreement).toEqual({ sources: 2, reports: 3, low: 150000, high: 155000, lowClaimId: "ocha", highClaimId: "gov-b" });
    // 150,000 and 155,000 lie within 10 % of each other.
    expect(figure?.certainty).toBe("agree");
  });

  it("gives a figure with one source as that source's value, said to have no other to compare with", () => {
    const figure = summary.figures.find((f) => f.key === "killed");
    expect(figure?.headline.valueText).toBe("at least 43");
    expect(figure?.agreement).toEqual({ sources: 1, reports: 1, low: 43, high: 43, lowClaimId: "sohr-killed", highClaimId: "sohr-killed" });
    expect(figure?.certainty).toBe("one-source");
  });

  it("tells what happened one dated account a day, from A/B sources and the seed report, events before statements, the hospital's status apart", () => {
    expect(summary.events.map((e) => e.id)).toEqual(["clashes", "other-source", "ceasefire"]);
    expect(summary.events.map((e) => e.href)).toEqual(["/events/clashes", "/events/other-source", "/events/ceasefire"]);
    expect(summary.facilities[0]?.latest.facilityStatus).toBe("evacuated");
  });

  it("gives one source's differing figures as a range of that one source", () => {
    const figure = summary.figures.find((f) => f.key === "injured");
    expect(figure?.agreement).toMatchObject({ sources: 1, reports: 2, low: 115, high: 120 });
    expect(figure?.certainty).toBe("one-source");
    expect([figure?.lowest.valueText, figure?.highest.valueText]).toEqual(["more than 115", "more than 120"]);
  });

  it("names the claims at either end of a range, with their qualifiers and sources", () => {
    const figure = summary.figures.find((f) => f.key === "displaced");
    expect([figure?.lowest.valueText, figure?.lowest.sourceShort]).toEqual(["about 150,000", "OCHA"]);
    expect([figure?.highest.valueText, figure?.highest.sourceShort]).toEqual(["about 155,000", "Governor"]);
  });

  it("lists the sources behind what it states (the B-graded OCHA heads displacement, the governor ends its range), best grade first, and dates the brief by the latest report it shows", () => {
    expect(summary.sources.map((s) => s.id)).toEqual(["sohr", "ocha", "governor", "seed-report"]);
    expect(summary.allSources).toBe(sources.length);
    expect(summary.dataDate).toBe("2026-01-12");
    expect(summary.area).toBe("Sheikh Maqsoud and Ashrafiyeh");
  });
});

describe("certaintyOf", () => {
  it("says sources differ when their figures lie more than 10 % apart", () => {
    expect(certaintyOf({ sources: 4, reports: 15, low: 59030, high: 165000 })).toBe("differ");
    expect(certaintyOf({ sources: 2, reports: 2, low: 150000, high: 165000 })).toBe("agree");
    expect(certaintyOf({ sources: 1, reports: 9, low: 155000, high: 155000 })).toBe("one-source");
  });
});
