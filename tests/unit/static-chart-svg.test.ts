import { describe, expect, it } from "vitest";
import type { DrawnChart, DrawnMark } from "@/lib/charts/model";
import { staticChartSvg } from "@/lib/charts/static/chart-svg";
import { LabelPlacer } from "@/lib/charts/static/label-boxes";
import { niceMax } from "@/lib/charts/static/nice-scale";

const mark = (category: string, seriesId: string, value: number, label: string): DrawnMark => ({
  key: `${category}-${seriesId}`, category, series: seriesId, seriesId, value, qualifier: "about", valueText: label, label, derived: false, date: category,
  source: { id: `${seriesId}-${category}`, href: "/figures/x", sourceShort: seriesId },
});

const lines = (locale: "en" | "ar"): DrawnChart => ({
  id: "displaced-over-time", locale, kind: "lines", title: "Displaced", subtitle: "", valueLabel: "people",
  categories: ["2026-01-10", "2026-01-11"],
  series: [
    { id: "a", key: "s0", label: "A", colour: "#0072b2" },
    { id: "b", key: "s1", label: "B", colour: "#d55e00" },
    { id: "c", key: "s2", label: "C", colour: "#009e73" },
  ],
  // 155,000 and 156,000 on one day would print over each other; 138,750 sits apart.
  marks: [mark("2026-01-10", "a", 155_000, "~155,000"), mark("2026-01-10", "b", 156_000, "~156,000"), mark("2026-01-10", "c", 138_750, "~138,750"), mark("2026-01-11", "a", 155_000, "~155,000")],
  originalSources: [], relays: [], notes: [], licence: "",
});

describe("charts drawn on the server", () => {
  it("start the value axis at 0 in round steps, and label every point whose label fits", () => {
    const svg = staticChartSvg(lines("en"));
    expect(svg).toMatch(/>0<\/text>/);
    expect(svg).toContain(">200,000</text>");
    expect(svg).toContain("~138,750");
    expect(svg).toContain("10 January");
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it("never print two labels over each other: one that does not fit above or below is left to the table", () => {
    const labels = [...staticChartSvg(lines("en")).matchAll(/<text data-value-label="" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] }));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(Math.abs(a.y - b.y) >= 12 || Math.abs(a.x - b.x) >= 40, JSON.stringify([a, b])).toBe(true);
  });

  it("run time from the right in Arabic, the value axis on the right", () => {
    const svg = staticChartSvg(lines("ar"));
    const [first, second] = ["10", "11"].map((day) => Number(new RegExp(`x="([\\d.]+)"[^>]*>[^<]*${day}[^<]*</text>`).exec(svg)?.[1]));
    expect(first).toBeGreaterThan(second);
  });

  it("round an axis top up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect([niceMax(155_000), niceMax(216), niceMax(43), niceMax(1)]).toEqual([200_000, 250, 50, 1]);
    const placer = new LabelPlacer();
    expect(placer.place({ x: 0, y: 0, width: 10, height: 10 })).toBe(true);
    expect(placer.place({ x: 5, y: 5, width: 10, height: 10 })).toBe(false);
  });
});
