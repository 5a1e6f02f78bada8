import { describe, expect, it } from "vitest";
import { disagreementsWith } from "@/lib/claims/disagreement";
import type { VoiceOf } from "@/lib/claims/voice";
import type { ClaimHistory } from "@/lib/queries/claim-history";
import { buildClaim } from "../fixtures/figure-builder";

const headline = buildClaim({ id: "headline", value: 43, qualifier: "at-least" });

/** Every claim its own voice, but the ones a test says share the headline's. */
const otherVoice: VoiceOf = (claim) => claim.id;
const sameVoiceAs = (...ids: string[]): VoiceOf => (claim) => (claim.id === "headline" || ids.includes(claim.id) ? "sohr" : claim.id);

function history(added: Record<string, number>, dismissed: Record<string, string> = {}): ClaimHistory {
  return { changedIn: new Map(Object.entries(added)), addedByStaffIn: new Map(Object.entries(added)), dismissed: new Map(Object.entries(dismissed)), pinnedIn: new Map() };
}

describe("disagreementsWith", () => {
  it("flags a claim staff added later that differs from the headline by more than 20 %", () => {
    const higher = buildClaim({ id: "higher", value: 60 });
    const lower = buildClaim({ id: "lower", value: 30 });
    const flags = disagreementsWith(headline, [headline, higher, lower], history({ higher: 5, lower: 7 }), otherVoice);
    expect(flags.map((c) => c.id)).toEqual(["lower", "higher"]);
  });

  it("leaves a claim within 20 % of the headline alone", () => {
    // 50 against at least 43 is 16 % more: close enough to be the same story.
    expect(disagreementsWith(headline, [headline, buildClaim({ id: "close", value: 50 })], history({ close: 5 }), otherVoice)).toEqual([]);
  });

  it("raises nothing for the bundled data, only for what staff added after the headline", () => {
    const bundled = buildClaim({ id: "bundled", value: 200 });
    const newerHeadline = buildClaim({ id: "headline", value: 43 });
    expect(disagreementsWith(headline, [headline, bundled], history({}), otherVoice)).toEqual([]);
    expect(disagreementsWith(newerHeadline, [newerHeadline, buildClaim({ id: "older", value: 200 })], history({ older: 3, headline: 4 }), otherVoice)).toEqual([]);
  });

  it("stops flagging once an editor sets the flag aside for this headline, or pins the claim", () => {
    const far = buildClaim({ id: "far", value: 100 });
    expect(disagreementsWith(headline, [headline, far], history({ far: 5 }, { far: "headline" }), otherVoice)).toEqual([]);
    expect(disagreementsWith(headline, [headline, far], history({ far: 5 }, { far: "an-earlier-headline" }), otherVoice).map((c) => c.id)).toEqual(["far"]);
    const pinned = buildClaim({ id: "pinned", value: 100, pinnedReason: "editors' choice" });
    expect(disagreementsWith(headline, [headline, pinned], history({ pinned: 5 }), otherVoice)).toEqual([]);
  });

  it("keeps flagging a pinned claim against a part of a sum, which a pin does not change", () => {
    const pinned = buildClaim({ id: "pinned", value: 100, pinnedReason: "editors' choice" });
    expect(disagreementsWith(headline, [headline, pinned], history({ pinned: 5 }), otherVoice, { partOfSum: true }).map((c) => c.id)).toEqual(["pinned"]);
  });

  it("flags a newer count from the headline's own voice at any difference, a part of a sum included", () => {
    const newer = buildClaim({ id: "newer", value: 50, qualifier: "at-least" });
    expect(disagreementsWith(headline, [headline, newer], history({ newer: 5 }), sameVoiceAs("newer")).map((c) => c.id)).toEqual(["newer"]);
    expect(disagreementsWith(headline, [headline, newer], history({ newer: 5 }), sameVoiceAs("newer"), { partOfSum: true }).map((c) => c.id)).toEqual(["newer"]);
    // The same figure again is a repeat, not a newer count.
    const repeat = buildClaim({ id: "repeat", value: 43, qualifier: "at-least" });
    expect(disagreementsWith(headline, [headline, repeat], history({ repeat: 5 }), sameVoiceAs("repeat"))).toEqual([]);
  });

  it("ignores claims that no longer stand", () => {
    const withdrawn = buildClaim({ id: "gone", value: 100, status: "withdrawn" });
    expect(disagreementsWith(headline, [headline, withdrawn], history({ gone: 5 }), otherVoice)).toEqual([]);
  });
});
