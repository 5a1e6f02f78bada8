import { describe, expect, it } from "vitest";
import { Figure } from "@/lib/model";
import { getStaffMessages } from "@/lib/i18n/staff-messages";

const claim = { id: "x", indicator: "killed", group: "all", value: 1, qualifier: "exact", unit: "people", locationIds: ["a"], dateNote: "x", sourceId: "s", quote: "q", quoteLanguage: "en", status: "current" };
const problems = (changes: Record<string, unknown>) => Object.fromEntries(Figure.safeParse({ ...claim, ...changes }).error!.issues.map((i) => [i.path.join("."), i.message]));

describe("errors in people's words", () => {
  it("name the value sent and what would be accepted", () => {
    expect(problems({ qualifier: "roughly" })).toEqual({ qualifier: "'roughly' is not a qualifier: use exact, about, at-least, more-than or up-to" });
    expect(problems({ indicator: "dead" }).indicator).toMatch(/^'dead' is not an indicator: use displaced, still_displaced, .* or population$/);
    expect(problems({ reportedAt: "2026-13-45" })).toEqual({ reportedAt: "2026-13-45 is not a date (month 13)" });
    expect(problems({ reportedAt: "2026-02-30" })).toEqual({ reportedAt: "2026-02-30 is not a date (February 2026 has 28 days)" });
    expect(problems({ reportedAt: "13/01/2026" })).toEqual({ reportedAt: "'13/01/2026' must be a date written YYYY-MM-DD, e.g. 2026-01-13" });
  });

  it("say the same in Arabic and Kurmanji on the forms, value and choices kept", () => {
    const roughly = problems({ qualifier: "roughly" }).qualifier;
    const month = problems({ reportedAt: "2026-13-45" }).reportedAt;
    const days = problems({ reportedAt: "2026-02-30" }).reportedAt;
    const ar = getStaffMessages("ar").validation;
    const ku = getStaffMessages("ku").validation;
    expect(ar(roughly)).toContain("ليس صيغة تقدير");
    expect(ar(roughly)).toContain("roughly");
    expect(ar(roughly)).toContain("at-least");
    expect(ar(month)).toContain("ليس تاريخاً");
    expect(ar(days)).toContain("شباط");
    expect(ku(roughly)).toBe("'roughly' ne diyarkerek ye: exact, about, at-least, more-than an up-to bi kar bîne");
    expect(ku(month)).toBe("2026-13-45 ne dîrok e (meha 13)");
    expect(ku(days)).toBe("2026-02-30 ne dîrok e (sibat 2026 28 roj e)");
  });
});
