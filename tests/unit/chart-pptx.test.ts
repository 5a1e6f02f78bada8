import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { chartPptx } from "@/lib/export/office/chart-pptx";
import { buildChartModel } from "../fixtures/chart-builder";

async function chartXml(locale: "en" | "ar", extra: Parameters<typeof buildChartModel>[0] = {}) {
  const file = await chartPptx(buildChartModel({ locale, ...extra }), "2026-12-07", "https://sitrep.example.org");
  const zip = await JSZip.loadAsync(file);
  const read = (pattern: RegExp) => (zip.file(Object.keys(zip.files).find((n) => pattern.test(n)) as string) as JSZip.JSZipObject).async("string");
  return { chart: await read(/^ppt\/charts\/chart\d+\.xml$/), slide: await read(/^ppt\/slides\/slide1\.xml$/) };
}

describe("the PowerPoint chart", () => {
  it("starts every value axis at zero", async () => {
    const { chart } = await chartXml("en");
    const valueAxes = chart.match(/<c:valAx>[\s\S]*?<\/c:valAx>/g) ?? [];
    expect(valueAxes.length).toBeGreaterThan(0);
    for (const axis of valueAxes) expect(axis).toContain('<c:min val="0"/>');
  });

  it("leaves a series with no point out of the chart and its legend", async () => {
    const model = buildChartModel();
    const { chart } = await chartXml("en", { series: [...model.series, { id: "empty", key: "s2", label: "Nobody", colour: "#009E73" }] });
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(2);
    expect(chart).not.toContain("Nobody");
  });

  it("mirrors the Arabic chart and writes its caption paragraphs right to left", async () => {
    const ar = await chartXml("ar");
    expect(ar.chart).toMatch(/<c:catAx>[\s\S]*?<c:orientation val="maxMin"\/>/);
    const captionParagraphs = ar.slide.match(/<a:pPr[^>]*>/g) ?? [];
    expect(captionParagraphs.length).toBeGreaterThan(3);
    for (const p of captionParagraphs) expect(p).toContain('rtl="1"');
    const en = await chartXml("en");
    expect(en.chart).toMatch(/<c:catAx>[\s\S]*?<c:orientation val="minMax"\/>/);
    expect(en.slide).not.toContain('rtl="1"');
  });
});

describe("the Word picture's alternative text", () => {
  it("gives the chart's title and what each mark shows", async () => {
    const { chartAltText } = await import("@/lib/export/chart-caption");
    expect(chartAltText(buildChartModel())).toBe("People killed, by group. civilians, SOHR: at least 43; civilians, SDF: 12; asayish, SOHR: at least 1.");
  });
});
