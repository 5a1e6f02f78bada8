import type { ChartMark, ChartModel } from "./model";

export interface BarRow {
  category: string;
  [seriesKey: string]: string | number | ChartMark | undefined;
}

/** Recharts wants one row per category with a field per series; each bar keeps its mark for labels and links. */
export function toBarRows(chart: ChartModel): BarRow[] {
  const keyOf = new Map(chart.series.map((s) => [s.label, s.key]));
  return chart.categories.map((category) => {
    const row: BarRow = { category };
    for (const mark of chart.marks.filter((m) => m.category === category)) {
      const key = keyOf.get(mark.series);
      if (!key) continue;
      row[key] = mark.value;
      row[`${key}Mark`] = mark;
    }
    return row;
  });
}

export interface LinePoint {
  date: string;
  [seriesKey: string]: string | number | ChartMark | undefined;
}

/** One row per report date; a source without a count that day leaves a gap, not a zero. */
export function toLineRows(chart: ChartModel): LinePoint[] {
  const keyOf = new Map(chart.series.map((s) => [s.label, s.key]));
  return chart.categories.map((date) => {
    const row: LinePoint = { date };
    for (const mark of chart.marks.filter((m) => m.category === date)) {
      const key = keyOf.get(mark.series);
      if (!key || row[key] !== undefined) continue;
      row[key] = mark.value;
      row[`${key}Mark`] = mark;
    }
    return row;
  });
}
