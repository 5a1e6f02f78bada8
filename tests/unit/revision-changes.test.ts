import { describe, expect, it } from "vitest";
import { describeChanges } from "@/lib/format/revision-changes";

describe("describeChanges", () => {
  it("shows each changed field from old to new, shortening long text", () => {
    expect(describeChanges({ value: { from: 44, to: 45 }, qualifier: { from: "exact", to: "at-least" } })).toBe(
      "value: 44 → 45; qualifier: exact → at-least",
    );
    expect(describeChanges({ notes: { from: null, to: "x".repeat(100) } })).toMatch(/^notes: — → x{59}…$/);
  });
});
