import { describe, expect, it } from "vitest";
import { formatQualified, formatQualifiedShort } from "@/lib/format/qualified-number";

describe("formatQualified", () => {
  it("keeps the source's qualifier in words", () => {
    expect(formatQualified({ value: 155000, qualifier: "about" })).toBe("about 155,000");
    expect(formatQualified({ value: 82, qualifier: "at-least" })).toBe("at least 82");
    expect(formatQualified({ value: 115, qualifier: "more-than" })).toBe("more than 115");
    expect(formatQualified({ value: 2000, qualifier: "up-to" })).toBe("up to 2,000");
  });

  it("shows an exact figure without a qualifier and a range with both ends", () => {
    expect(formatQualified({ value: 59030, qualifier: "exact" })).toBe("59,030");
    expect(formatQualified({ value: 9, qualifier: "exact", valueHigh: 12 })).toBe("9–12");
  });

  it("has a compact form for chart labels", () => {
    expect(formatQualifiedShort({ value: 43, qualifier: "at-least" })).toBe("≥ 43");
    expect(formatQualifiedShort({ value: 115, qualifier: "more-than" })).toBe("> 115");
    expect(formatQualifiedShort({ value: 155000, qualifier: "about" })).toBe("~155,000");
  });
});
