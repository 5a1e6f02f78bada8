import { describe, expect, it } from "vitest";
import { disagreementsWith } from "@/lib/claims/disagreement";
import type { ClaimHistory } from "@/lib/queries/claim-history";
import { buildClaim } from "../fixtures/figure-builder";

const headline = buildClaim({ id: "headline", value: 43, qualifier: "at-least" });

function history(added: Record<string, number>, dismissed: Record<string, string> = {}): ClaimHistory {
  return { changedIn: new Map(Object.entries(added)), addedByStaffIn: new Map(Object.entries(added)), dismissed: new Map(Object.entries(dismissed)) };
}

describe("disagreementsWith", () => {
  it("flags a claim staff added later that differs from the headline by more than 20 %", () => {
    const higher = buildClaim({ id: "higher", value: 60 });
    const lower = buildClaim({ id: "lower", value: 30 });
    const flags = disagreementsWith(headline, [headline, higher, lower], history({ higher: 5, lower: 7 }));
    expect(flags.map((c) => c.id)).toEqual(["lower", "higher"]);
  });

  it("leaves a claim within 20 % of the headline alone", () => {
    // 50 against at least 43 is 16 % more: close enough to be the same story.
    expect(disagreementsWith(headline, [headline, buildClaim({ id: "close", value: 50 })], history({ close: 5 }))).toEqual([]);
  });

  it("raises nothing for the bundled data, only for what staff added after the headline", () => {
    const bundled = buildClaim({ id: "bundled", value: 200 });
    const newerHeadline = buildClaim({ id: "headline", value: 43 });
    expect(disagreementsWith(headline, [headline, bundled], history({}))).toEqual([]);
    expect(disagreementsWith(newerHeadline, [newerHeadline, buildClaim({ id: "older", value: 200 })], history({ older: 3, headline: 4 }))).toEqual([]);
  });

  it("stops flagging once an editor sets the flag aside for this headline, or pins the claim", () => {
    const far = buildClaim({ id: "far", value: 100 });
    expect(disagreementsWith(headline, [headline, far], history({ far: 5 }, { far: "headline" }))).toEqual([]);
    expect(disagreementsWith(headline, [headline, far], history({ far: 5 }, { far: "an-earlier-headline" })).map((c) => c.id)).toEqual(["far"]);
    const pinned = buildClaim({ id: "pinned", value: 100, pinnedReason: "editors' choice" });
    expect(disagreementsWith(headline, [headline, pinned], history({ pinned: 5 }))).toEqual([]);
  });

  it("keeps flagging a pinned claim against a part of a sum, which a pin does not change", () => {
    const pinned = buildClaim({ id: "pinned", value: 100, pinnedReason: "editors' choice" });
    expect(disagreementsWith(headline, [headline, pinned], history({ pinned: 5 }), { partOfSum: true }).map((c) => c.id)).toEqual(["pinned"]);
  });

  it("ignores claims that no longer stand", () => {
    const withdrawn = buildClaim({ id: "gone", value: 100, status: "withdrawn" });
    expect(disagreementsWith(headline, [headline, withdrawn], history({ gone: 5 }))).toEqual([]);
  });
});
