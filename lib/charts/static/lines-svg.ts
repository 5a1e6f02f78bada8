import type { DrawnChart } from "@/lib/charts/model";
import { toChartRows } from "@/lib/charts/bar-rows";
import { axisDate } from "@/lib/charts/axis-date";
import { escapeXml } from "@/lib/export/svg-text";
import { formatInteger } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import { LabelPlacer, labelWidth } from "./label-boxes";
import { niceMax } from "./nice-scale";

const HEIGHT = 300;
const AXIS_ROOM = 64;
const TOP = 16;
const BOTTOM = 28;
const END_ROOM = 56;

/**
 * Each source's counts over report dates, drawn on the server as the page's
 * line chart draws them: dates on a time axis, values from 0 (a 12 % change
 * must not look like 100 %), each point labelled with its value as worded
 * ("~155,000") unless the label would print over another. Right to left,
 * time runs from the right and the value axis stands on the right.
 */
export function linesSvg(chart: DrawnChart, width: number): { body: string; height: number } {
  const rtl = getMessages(chart.locale).dir === "rtl";
  const rows = toChartRows(chart).map((row) => ({ row, day: Date.parse(`${row.category}T00:00:00Z`) }));
  const days = rows.map((r) => r.day);
  const first = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - first);
  const max = niceMax(Math.max(1, ...chart.marks.map((m) => m.value)));
  const plotWidth = width - AXIS_ROOM - END_ROOM;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const xOf = (day: number) => {
    const along = rows.length === 1 ? plotWidth / 2 : ((day - first) / span) * plotWidth;
    return rtl ? width - AXIS_ROOM - along : AXIS_ROOM + along;
  };
  const yOf = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const parts: string[] = [];
  const axisX = rtl ? width - AXIS_ROOM : AXIS_ROOM;
  for (let step = 0; step <= 4; step++) {
    const value = (max / 4) * step;
    const y = yOf(value).toFixed(1);
    parts.push(
      `<line x1="${rtl ? END_ROOM : AXIS_ROOM}" x2="${rtl ? width - AXIS_ROOM : width - END_ROOM}" y1="${y}" y2="${y}" stroke="#d5d9df" stroke-dasharray="3 3"/>`,
      `<text x="${rtl ? axisX + 8 : axisX - 8}" y="${Number(y) + 4}" font-size="12" text-anchor="${rtl ? "start" : "end"}" fill="#4a5360">${escapeXml(formatInteger(value, chart.locale))}</text>`,
    );
  }
  const dates = new LabelPlacer();
  for (const { row, day } of rows) {
    const text = axisDate(row.category, chart.locale);
    const width = labelWidth(text, 12) + 8;
    if (!dates.place({ x: xOf(day) - width / 2, y: 0, width, height: 12 })) continue;
    parts.push(`<text x="${xOf(day).toFixed(1)}" y="${HEIGHT - 8}" font-size="12" text-anchor="middle" fill="#4a5360">${escapeXml(text)}</text>`);
  }
  const labels = new LabelPlacer();
  const points: string[] = [];
  for (const series of chart.series) {
    const own = rows.filter(({ row }) => typeof row[series.key] === "number").map(({ row, day }) => ({ x: xOf(day), y: yOf(row[series.key] as number), mark: row[`${series.key}Mark`] as DrawnChart["marks"][number] }));
    if (own.length > 1) parts.push(`<polyline fill="none" stroke="${escapeXml(series.colour)}" stroke-width="2" points="${own.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ")}"/>`);
    for (const point of own) {
      points.push(`<circle cx="${point.x.toFixed(1)}" cy="${point.y.toFixed(1)}" r="4" fill="${escapeXml(series.colour)}"/>`);
      const text = point.mark.label;
      const w = labelWidth(text, 10);
      // Above the point, else below it; a label that fits neither is left to the table.
      for (const dy of [-8, 16]) {
        const box = { x: rtl ? point.x - 6 - w : point.x + 6, y: point.y + dy - 10, width: w, height: 12 };
        if (!labels.place(box)) continue;
        points.push(`<text data-value-label="" x="${(rtl ? point.x - 6 : point.x + 6).toFixed(1)}" y="${(point.y + dy).toFixed(1)}" font-size="10" text-anchor="${rtl ? "end" : "start"}" fill="${escapeXml(series.colour)}">${escapeXml(text)}</text>`);
        break;
      }
    }
  }
  return { body: `<g direction="ltr">${parts.join("")}${points.join("")}</g>`, height: HEIGHT };
}
