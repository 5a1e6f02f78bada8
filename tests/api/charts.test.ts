import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET as getChart } from "@/app/api/charts/[chart]/route";
import { getDb } from "@/lib/db";
import { buildChart, buildCharts } from "@/lib/charts";
import { drawnChart } from "@/lib/charts/model";
import { loadSnapshot } from "@/lib/queries/snapshot";
import { inDefaultSituation } from "../fixtures/situation";

const snapshot = async () => inDefaultSituation(await loadSnapshot(await getDb()));

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

describe("GET /api/charts/<id>", () => {
  const chartRequest = (id: string, query = "") => getChart(new Request(`http://localhost/api/charts/${id}${query}`), { params: Promise.resolve({ chart: id }) });

  it("gives the CSV a reader downloads: a named file with every mark's quote, the same rows as the chart", async () => {
    const response = await chartRequest("casualties-by-group", "?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="sitrep-aleppo-2026-casualties-by-group-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = Papa.parse<string[]>((await response.text()).trim()).data;
    expect(rows[1][0]).toBe("#meta+chart");
    const chart = buildChart("casualties-by-group", await snapshot());
    expect(rows.slice(2).map((r) => r[14])).toEqual(chart.marks.map((m) => m.source.id));
    expect(rows.slice(2).every((r) => r[12].length > 0)).toBe(true);
  });

  it("answers an unknown chart with a JSON 404 listing the charts", async () => {
    const response = await chartRequest("no-such-chart");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ charts: expect.arrayContaining(["timeline"]) });
  });
});

describe("the chart a page sends to the browser", () => {
  it("keeps every mark and its link but none of the quotes", async () => {
    const chart = buildChart("displaced-over-time", await snapshot());
    const drawn = drawnChart(chart);
    expect(drawn.marks.map((m) => m.source.href)).toEqual(chart.marks.map((m) => m.source.href));
    const sent = JSON.stringify(drawn);
    for (const mark of chart.marks) expect(sent).not.toContain(JSON.stringify(mark.source.quote));
  });
});

describe("a chart in each language", () => {
  it("answers ?lang=ar in Arabic and, from the same data version, the default in English: views are kept per language", async () => {
    const request = (query: string) => getChart(new Request(`http://localhost/api/charts/casualties-by-group${query}`), { params: Promise.resolve({ chart: "casualties-by-group" }) });
    const arabic = await (await request("?lang=ar")).json();
    expect(arabic).toMatchObject({ locale: "ar", title: "القتلى في الشيخ مقصود والأشرفية، حسب الفئة" });
    expect(arabic.marks.find((m: { source: { id: string } }) => m.source.id === "sohr-seed-killed-civilians").valueText).toBe("ما لا يقل عن \u206643\u2069");
    const english = await (await request("")).json();
    expect(english).toMatchObject({ locale: "en", title: "People killed in Sheikh Maqsoud and Ashrafiyeh, by group" });
    const kurmanji = await (await request("?lang=ku")).json();
    expect(kurmanji.marks.find((m: { source: { id: string } }) => m.source.id === "sohr-seed-killed-civilians").valueText).toBe("herî kêm 43");
  });
});
