import { getMessages } from "@/lib/i18n/messages";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toChartRows } from "@/lib/charts/bar-rows";
import { captionedChartSvg } from "@/lib/export/captioned-chart-svg";
import { chartCitation, chartSourcesLine } from "@/lib/export/chart-caption";
import { chartToCsv } from "@/lib/export/chart-csv";
import { captionedSvg } from "@/lib/export/captioned-svg";
import { wrapText } from "@/lib/export/svg-text";
import { buildChartModel, buildMark } from "../fixtures/chart-builder";

describe("chartToCsv", () => {
  it("has a header, an HXL row and exactly one row per mark with its source and quote", () => {
    const rows = Papa.parse<string[]>(chartToCsv(buildChartModel()).trim()).data;
    expect(rows[0]).toContain("quote");
    expect(rows[1][0]).toBe("#meta+chart");
    expect(rows[1]).toContain("#affected+num");
    expect(rows).toHaveLength(2 + 3);
    expect(rows[2]).toEqual(expect.arrayContaining(["civilians", "SOHR", "43", "at-least", "at least 43", "Syrian Observatory for Human Rights", "At least 43 civilians were killed."]));
  });

  it("quotes commas and quotes, and neutralises cells a spreadsheet would run", () => {
    const hostile = buildMark({ source: { ...buildMark().source, quote: '=HYPERLINK("http://x","click"), he said' , sourceName: "@evil" } });
    const csv = chartToCsv(buildChartModel({ marks: [hostile] }));
    const row = Papa.parse<string[]>(csv.trim()).data[2];
    expect(row).toContain("'=HYPERLINK(\"http://x\",\"click\"), he said");
    expect(row).toContain("'@evil");
    expect(csv).toContain('"\'=HYPERLINK(""http://x"",""click""), he said"');
  });
});

describe("captioned SVG", () => {
  const drawn = { svg: '<svg class="recharts-surface" width="700" height="300" viewBox="0 0 700 300"><rect width="10" height="10"/></svg>', width: 700, height: 300 };

  it("carries the title, every source, the notes, dates and licence as text", () => {
    const svg = captionedChartSvg(buildChartModel(), drawn, "2026-11-25", getMessages("en"));
    expect(svg).toContain("<title>People killed, by group</title>");
    expect(svg).toContain("Sources: SOHR, SDF (via Seed report, Masrawy)");
    expect(svg).toContain("Data as of 11 January 2026; accessed 25 November 2026.");
    expect(svg).toContain("CC BY 4.0");
    expect(svg).toContain(">SDF</text>");
  });

  it("nests the drawn chart with one set of size attributes", () => {
    const svg = captionedChartSvg(buildChartModel(), drawn, "2026-11-25", getMessages("en"));
    const nested = svg.match(/<svg x="0" y="0"[^>]*>/)?.[0] ?? "";
    expect(nested.match(/ width=/g)).toHaveLength(1);
    expect(nested).toContain('viewBox="0 0 700 300"');
    expect(nested).toContain('class="recharts-surface"');
  });

  it("escapes text and wraps long captions", () => {
    const svg = captionedSvg({ width: 400, title: "A <b> & 'c'", body: "", bodyHeight: 10, footer: ["word ".repeat(60)] });
    expect(svg).toContain("A &lt;b&gt; &amp; &apos;c&apos;");
    expect(wrapText("word ".repeat(60), 352, 12).length).toBeGreaterThan(3);
  });
});

describe("chart captions and rows", () => {
  it("credits all sources, originals first", () => {
    expect(chartSourcesLine(buildChartModel(), getMessages("en"))).toBe("Sources: SOHR, SDF (via Seed report, Masrawy)");
    expect(chartCitation(buildChartModel(), "2026-11-25", getMessages("en"))).toBe(
      "Sitrep, People killed, by group, data from SOHR and SDF via Seed report and Masrawy, accessed 25 November 2026.",
    );
  });

  it("puts each source's bar side by side under its category, never summed", () => {
    const rows = toChartRows(buildChartModel());
    expect(rows[0]).toMatchObject({ category: "civilians", s0: 43, s1: 12 });
    expect(rows[1]).toMatchObject({ category: "asayish", s0: 1 });
    expect(rows[1].s1).toBeUndefined();
  });
});
