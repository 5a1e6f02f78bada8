import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { buildChart, buildCharts } from "@/lib/charts";
import { loadSnapshot } from "@/lib/queries/snapshot";

const snapshot = async () => loadSnapshot(await getDb());

describe("chart models on the bundled data", () => {
  it("casualties by group show each source's own count, the card's SOHR report first among equals", async () => {
    const chart = buildChart("casualties-by-group", await snapshot());
    const civilians = chart.marks.filter((m) => m.category === "civilians");
    const sohr = civilians.filter((m) => m.series === "SOHR");
    expect(sohr).toHaveLength(1);
    expect(sohr[0]).toMatchObject({ value: 43, valueText: "at least 43" });
    expect(sohr[0].source.id).toBe("sohr-seed-killed-civilians");
    expect(new Set(civilians.map((m) => m.series)).size).toBe(civilians.length);
  });

  it("killed and injured marks the computed total as a sum", async () => {
    const chart = buildChart("killed-and-injured", await snapshot());
    const derived = chart.marks.filter((m) => m.derived);
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ value: 82, label: "≥ 82 (sum)", series: "SOHR" });
    expect(chart.marks.find((m) => m.category === "Injured" && m.series === "SOHR")?.valueText).toBe("more than 115");
  });

  it("every chart credits every source behind its marks and has a data date", async () => {
    for (const chart of buildCharts(await snapshot())) {
      const behind = new Set(chart.marks.map((m) => m.source.sourceShort));
      expect(new Set(chart.originalSources)).toEqual(behind);
      expect(chart.dataDate, chart.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const mark of chart.marks) expect(mark.source.quote, mark.key).toBeTruthy();
    }
  });

  it("the timeline draws only accounts it can place in time", async () => {
    const chart = buildChart("timeline", await snapshot());
    expect(chart.marks.length).toBeGreaterThan(20);
    for (const mark of chart.marks) expect(mark.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(chart.notes.join(" ")).toMatch(/without a date not drawn/);
  });
});
