import { describe, expect, it } from "vitest";
import { reportAgeText } from "@/lib/format/report-age";

describe("reportAgeText", () => {
  it("says how much older a claim is than the latest report on the same thing", () => {
    expect(reportAgeText("2026-01-09", "2026-01-11")).toBe("reported 9 January 2026, 2 days before the latest report (11 January 2026)");
    expect(reportAgeText("2026-01-10", "2026-01-11")).toBe("reported 10 January 2026, 1 day before the latest report (11 January 2026)");
    expect(reportAgeText("2026-01-11", "2026-01-11")).toBe("reported 11 January 2026, the latest report on this");
    expect(reportAgeText(undefined, "2026-01-11")).toBe("report date not given");
  });
});
