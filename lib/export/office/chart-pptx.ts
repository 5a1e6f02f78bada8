import "server-only";
import JSZip from "jszip";
import PptxGenJS from "pptxgenjs";
import type { ChartModel, DrawnMark } from "@/lib/charts/model";
import { chartFooter, chartSourcesLine } from "@/lib/export/chart-caption";
import { escapeXml } from "@/lib/export/svg-text";
import { getMessages } from "@/lib/i18n/messages";
import { withXmlSafeParts } from "./xml-safe-package";

const FONT = "Noto Sans";

/** The mark each series has in each category, or none: a gap, never a zero. */
function markGrid(chart: ChartModel): (DrawnMark | undefined)[][] {
  return chart.series.map((series) => chart.categories.map((category) => chart.marks.find((m) => m.seriesId === series.id && m.category === category)));
}

/**
 * Each point's label as the source worded it ("≥ 43"), written into the chart
 * PowerPoint builds: its data labels can only show the plotted number, which
 * would drop the qualifier. Gaps become missing points rather than empty ones.
 */
async function qualifiedLabels(pptx: Uint8Array, grid: (DrawnMark | undefined)[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  const chartFile = Object.keys(zip.files).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
  if (!chartFile) return pptx;
  let xml = await (zip.file(chartFile) as JSZip.JSZipObject).async("string");
  let series = 0;
  xml = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const marks = grid[series++] ?? [];
    const labels = marks
      .map((mark, idx) =>
        mark
          ? `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" b="1"/><a:t>${escapeXml(mark.label)}</a:t></a:r></a:p></c:rich></c:tx><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
          : "",
      )
      .join("");
    return ser.replace("<c:dLbls>", `<c:dLbls>${labels}`).replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, "");
  });
  zip.file(chartFile, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The chart as a PowerPoint slide with a native chart: its data sheet holds
 * the plotted values, one series per source, its labels keep the qualifiers,
 * and title, sources and notes are text on the slide, so staff can restyle it
 * in their own template. The timeline, which is not a bar or line chart,
 * becomes a native table.
 */
export async function chartPptx(chart: ChartModel, accessed: string, url: string): Promise<Uint8Array> {
  const t = getMessages(chart.locale);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  // Arabic slides read right to left: text boxes, table cells and the chart's axes.
  const rtl = t.dir === "rtl";
  pptx.rtlMode = rtl;
  const textStyle = { fontFace: FONT, rtlMode: rtl, align: rtl ? ("right" as const) : ("left" as const) };
  pptx.title = chart.title;
  pptx.subject = chartSourcesLine(chart, t);
  pptx.author = "Sitrep";
  pptx.company = "Sitrep";
  const slide = pptx.addSlide();
  slide.addText(chart.title, { x: 0.4, y: 0.2, w: 12.5, h: 0.6, ...textStyle, fontSize: 24, bold: true, color: "1B1F24" });
  slide.addText(chart.subtitle, { x: 0.4, y: 0.8, w: 12.5, h: 0.4, ...textStyle, fontSize: 13, color: "4A5360" });
  const grid = markGrid(chart);
  // A series with no point would only add a legend entry for nothing.
  const withPoints = chart.series.map((series, s) => ({ series, marks: grid[s] })).filter(({ marks }) => marks.some(Boolean));
  // A chart with no point at all still needs its series for PowerPoint to draw an (empty) chart.
  const drawn = withPoints.length ? withPoints : chart.series.map((series, s) => ({ series, marks: grid[s] }));
  if (chart.kind === "timeline") {
    const header: string[] = [t.charts.pptxDate, t.charts.pptxLane, t.charts.pptxAccount, t.table.source];
    const rows = [
      header,
      ...chart.marks.map((m) => [m.date ?? "", m.category, m.series, m.source.viaShort ? `${m.source.sourceShort} (${t.charts.via} ${m.source.viaShort})` : m.source.sourceShort]),
    ];
    slide.addTable(
      rows.map((row, i) => row.map((text) => ({ text, options: { bold: i === 0, ...textStyle, fontSize: 10 } }))),
      // A long table continues on further slides, its header repeated; the caption stays on the first.
      { x: 0.4, y: 3.0, w: 12.5, colW: [1.6, 2.4, 6.2, 2.3], autoPage: true, autoPageRepeatHeader: true, autoPageSlideStartY: 0.4, margin: 0.05 },
    );
  } else {
    const data = drawn.map(({ series, marks }) => ({
      name: series.label,
      labels: chart.categories,
      values: marks.map((mark) => mark?.value ?? (null as unknown as number)),
    }));
    slide.addChart(chart.kind === "lines" ? pptx.ChartType.line : pptx.ChartType.bar, data, {
      x: 0.4,
      y: 1.3,
      w: 12.5,
      h: 4.4,
      // Upright columns, as the page draws them.
      barDir: "col",
      barGrouping: "clustered",
      chartColors: drawn.map(({ series }) => series.colour.replace("#", "")),
      // Counts start at zero: an axis from 125,000 makes a 12 % difference look like 100 %.
      valAxisMinVal: 0,
      // Right to left, as on the page: categories run from the right, which puts the value axis there too.
      // (pptxgenjs types only "minMax", but writes either value through to the chart XML.)
      catAxisOrientation: (rtl ? "maxMin" : "minMax") as "minMax",
      showLegend: true,
      legendPos: "b",
      legendFontFace: FONT,
      showValue: true,
      dataLabelFontFace: FONT,
      dataLabelFontSize: 10,
      catAxisLabelFontFace: FONT,
      valAxisLabelFontFace: FONT,
      showValAxisTitle: true,
      valAxisTitle: chart.valueLabel,
      lineDataSymbol: "circle",
    });
  }
  // Each paragraph carries the direction: PowerPoint reads it per paragraph, not per box.
  const caption = chartFooter(chart, accessed, t, url).map((paragraph) => ({ text: paragraph, options: { breakLine: true, rtlMode: rtl, align: textStyle.align } }));
  // Above the timeline's table the caption shrinks to its box rather than run into the table.
  slide.addText(caption, { x: 0.4, y: chart.kind === "timeline" ? 1.25 : 5.85, w: 12.5, h: chart.kind === "timeline" ? 1.6 : 1.5, ...textStyle, fontSize: 10, color: "1B1F24", valign: "top", fit: "shrink" });
  const written = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return withXmlSafeParts(chart.kind === "timeline" ? written : await qualifiedLabels(written, drawn.map(({ marks }) => marks)));
}
