import type { DrawnChart } from "@/lib/charts/model";
import { escapeXml } from "@/lib/export/svg-text";
import { getMessages } from "@/lib/i18n/messages";

const LABEL_WIDTH = 150;
const VALUE_ROOM = 70;
const BAR_HEIGHT = 18;
const BAR_GAP = 6;
const CATEGORY_GAP = 14;
const LABEL_ROOM = LABEL_WIDTH - 8;

/** A source's name in the room beside its bar: smaller type down to 9 px, then cut with an ellipsis (the table has it whole). */
const fittingSize = (name: string) => Math.max(9, Math.min(12, Math.floor(LABEL_ROOM / (name.length * 0.55))));
const fitted = (name: string) => {
  const fits = Math.floor(LABEL_ROOM / (fittingSize(name) * 0.55));
  return name.length <= fits ? name : `${name.slice(0, fits - 1).trimEnd()}…`;
};

/**
 * A grouped bar chart drawn on the server as SVG markup, one horizontal bar
 * per source in each category, each labelled with its source and its value as
 * the source worded it ("≥ 43"). For pages and files that must not need
 * JavaScript: the summary and its PDF. Right to left (Arabic), the drawing is
 * mirrored: labels on the right, bars growing leftwards.
 */
export function groupedBarsSvg(chart: DrawnChart, width: number): { body: string; height: number } {
  const colourOf = new Map(chart.series.map((s) => [s.id, s.colour]));
  const max = Math.max(1, ...chart.marks.map((m) => m.value));
  const barRoom = width - LABEL_WIDTH - VALUE_ROOM;
  const rtl = getMessages(chart.locale).dir === "rtl";
  // x as measured from the reading start; anchors follow the reading direction.
  const at = (x: number) => (rtl ? width - x : x).toFixed(1);
  const anchor = (towardStart: boolean) => (towardStart !== rtl ? "end" : "start");
  const parts: string[] = [];
  let y = 0;
  for (const category of chart.categories) {
    const marks = chart.marks.filter((m) => m.category === category);
    if (!marks.length) continue;
    y += 16;
    parts.push(`<text x="${at(0)}" y="${y}" font-size="14" font-weight="700" text-anchor="${anchor(false)}">${escapeXml(category)}</text>`);
    y += 6;
    for (const mark of marks) {
      const length = Math.max(2, (mark.value / max) * barRoom);
      parts.push(
        `<text x="${at(LABEL_WIDTH - 8)}" y="${y + 13}" font-size="${fittingSize(mark.series)}" text-anchor="${anchor(true)}">${escapeXml(fitted(mark.series))}</text>`,
        `<rect x="${rtl ? at(LABEL_WIDTH + length) : at(LABEL_WIDTH)}" y="${y}" width="${length.toFixed(1)}" height="${BAR_HEIGHT}" fill="${escapeXml(colourOf.get(mark.seriesId) ?? "#4a5360")}"/>`,
        `<text x="${at(LABEL_WIDTH + length + 6)}" y="${y + 13}" font-size="12" font-weight="700" text-anchor="${anchor(false)}">${escapeXml(mark.label)}</text>`,
      );
      y += BAR_HEIGHT + BAR_GAP;
    }
    y += CATEGORY_GAP;
  }
  // Placed for a left-to-right base, whatever the page's direction: the mirroring is done above.
  return { body: `<g direction="ltr">${parts.join("")}</g>`, height: Math.ceil(y) };
}
