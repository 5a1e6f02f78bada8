import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { chartToCsv } from "@/lib/export/chart-csv";
import { captionedSvg } from "@/lib/export/captioned-svg";
import { chartPptx } from "@/lib/export/office/chart-pptx";
import { escapeXml } from "@/lib/export/svg-text";
import { neutraliseFormula, restoreNeutralised } from "@/lib/import/spreadsheet-safety";
import { NonEmptyText } from "@/lib/model";
import { unsafeTextProblem, xmlSafeText } from "@/lib/model/text-safety";
import { buildChartModel, buildMark } from "../fixtures/chart-builder";
import { xmlError } from "../fixtures/strict-xml";

const CONTROLS = "a\u0007b\u000b\u0001\u0008c\u001f";

async function expectWellFormedParts(file: Uint8Array) {
  const zip = await JSZip.loadAsync(file);
  const parts = Object.values(zip.files).filter((f) => !f.dir && /\.(xml|rels)$/.test(f.name));
  expect(parts.length).toBeGreaterThan(3);
  for (const part of parts) expect(xmlError(await part.async("string")), part.name).toBeNull();
}

describe("what a stored text may hold", () => {
  it.each([
    ["\u0007", "U+0007"],
    ["\u000b", "U+000B"],
    ["\u001f", "U+001F"],
    ["\ud800", "UTF-16"],
    ["x\udc00", "UTF-16"],
    ["\uffff", "U+FFFF"],
  ])("refuses %j, naming it", (char, named) => {
    expect(unsafeTextProblem(`text ${char} here`)).toContain(named);
    const parsed = NonEmptyText.safeParse(`text ${char} here`);
    expect(parsed.success).toBe(false);
  });

  it("keeps tab, line breaks, emoji and Arabic", () => {
    for (const text of ["a\tb", "a\nb\r\nc", "😀 ok", "نحو 155 ألف"]) expect(unsafeTextProblem(text)).toBeNull();
  });

  it("drops for XML what XML 1.0 cannot carry, and nothing else", () => {
    expect(xmlSafeText(`${CONTROLS}\t\n😀`)).toBe("abc\t\n😀");
    expect(xmlError(`<t>${escapeXml(CONTROLS + "<&>")}</t>`)).toBeNull();
  });
});

describe("files built from text holding control characters", () => {
  const chart = buildChartModel({
    title: `Title ${CONTROLS}`,
    subtitle: `Sub ${CONTROLS}`,
    marks: [buildMark({ label: `≥ 43 ${CONTROLS}`, series: `SOHR ${CONTROLS}` })],
    notes: [`note ${CONTROLS}`],
  });

  it("the PowerPoint's XML parts are well-formed, bar chart and timeline", async () => {
    await expectWellFormedParts(await chartPptx(chart, "2026-12-07", "https://sitrep.example.org"));
    const timeline = buildChartModel({ ...chart, id: "timeline", kind: "timeline", marks: [buildMark({ category: `hospital ${CONTROLS}`, series: `Event ${CONTROLS}` })] });
    await expectWellFormedParts(await chartPptx(timeline, "2026-12-07", "https://sitrep.example.org"));
  });

  it("the captioned SVG is well-formed", () => {
    const svg = captionedSvg({ width: 600, title: chart.title, subtitle: chart.subtitle, body: "<g/>", bodyHeight: 200, legend: [{ colour: "#000", label: CONTROLS }], footer: [CONTROLS] });
    expect(xmlError(svg)).toBeNull();
  });
});

describe("CSV cells a spreadsheet would run", () => {
  it.each(["=1", "'=1", "''=1", "+SUM(A1)", "'-3", "@cmd", "'plain", "plain", "'", "''", "-"])("%j survives export then import unchanged", (text) => {
    expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
  });

  it("still neutralises formulas on export", () => {
    expect(neutraliseFormula("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(chartToCsv(buildChartModel({ marks: [buildMark({ source: { ...buildMark().source, quote: "'=1" } })] }))).toContain("''=1");
  });
});
