import type { DrawnChart } from "@/lib/charts/model";
import { axisDate } from "@/lib/charts/axis-date";
import { escapeXml } from "@/lib/export/svg-text";
import { getMessages } from "@/lib/i18n/messages";
import { palette } from "@/lib/map/palette";
import { LabelPlacer, labelWidth } from "./label-boxes";

const LANE_HEIGHT = 44;
const LANE_LABEL = 130;
const TOP = 8;
const AXIS = 28;
const DAY = 86_400_000;
const LANE_COLOURS = [palette.vermillion, palette.green, palette.purple, palette.blue, palette.black, palette.orange];

/**
 * The timeline as the page draws it, on the server: one lane per kind of
 * account, a point on each account's date, points of one day and lane fanned
 * out, the lanes named at the reading start. Right to left, time runs from the right.
 */
export function timelineSvg(chart: DrawnChart, width: number): { body: string; height: number } {
  const rtl = getMessages(chart.locale).dir === "rtl";
  const dated = chart.marks.filter((m) => m.date);
  const days = [...new Set(dated.map((m) => Date.parse(`${m.date}T00:00:00Z`) / DAY))].sort((a, b) => a - b);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days.at(-1) ?? 0) - first);
  const plot = width - LANE_LABEL - 24;
  const xOf = (day: number) => {
    const along = 12 + (days.length === 1 ? plot / 2 : ((day - first) / span) * (plot - 24));
    return rtl ? width - LANE_LABEL - along : LANE_LABEL + along;
  };
  const height = TOP + chart.categories.length * LANE_HEIGHT + AXIS;
  const parts: string[] = [];
  chart.categories.forEach((lane, i) => {
    const y = TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2;
    parts.push(
      `<line x1="${rtl ? 0 : LANE_LABEL}" x2="${rtl ? width - LANE_LABEL : width}" y1="${y}" y2="${y}" stroke="#d5d9df" stroke-dasharray="3 3"/>`,
      `<text x="${rtl ? width : 0}" y="${y + 4}" font-size="11" text-anchor="${rtl ? "end" : "start"}" fill="#1d232b">${escapeXml(lane)}</text>`,
    );
  });
  // Dates close together would print over each other: the first of them is named, the others left to the table.
  const dates = new LabelPlacer();
  for (const day of days) {
    const text = axisDate(new Date(day * DAY).toISOString().slice(0, 10), chart.locale);
    const width = labelWidth(text, 12) + 8;
    if (!dates.place({ x: xOf(day) - width / 2, y: 0, width, height: 12 })) continue;
    parts.push(`<text x="${xOf(day).toFixed(1)}" y="${height - 8}" font-size="12" text-anchor="middle" fill="#4a5360">${escapeXml(text)}</text>`);
  }
  const fanned = new Map<string, number>();
  for (const mark of dated) {
    const slot = `${mark.date}|${mark.value}`;
    const k = fanned.get(slot) ?? 0;
    fanned.set(slot, k + 1);
    const x = xOf(Date.parse(`${mark.date}T00:00:00Z`) / DAY);
    const y = TOP + mark.value * LANE_HEIGHT + LANE_HEIGHT / 2 + (Math.min(k, 4) - 2) * 6;
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${LANE_COLOURS[mark.value % LANE_COLOURS.length]}"><title>${escapeXml(`${mark.series} (${mark.source.sourceShort})`)}</title></circle>`);
  }
  return { body: `<g direction="ltr">${parts.join("")}</g>`, height };
}
