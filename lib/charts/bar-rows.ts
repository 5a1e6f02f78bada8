import type { DrawnChart, DrawnMark } from "./model";

/** One row per category (bars) or report date (lines), a field per series; each value keeps its mark for labels and links. */
export interface ChartRow {
  category: string;
  [seriesKey: string]: string | number | DrawnMark | undefined;
}

/**
 * The shape Recharts draws from. A source with no mark in a category leaves
 * the field empty (a gap, not a zero); where a source has two marks in one
 * category, the first stands.
 */
export function toChartRows(chart: DrawnChart): ChartRow[] {
  const keyOf = new Map(chart.series.map((s) => [s.id, s.key]));
  return chart.categories.map((category) => {
    const row: ChartRow = { category };
    for (const mark of chart.marks.filter((m) => m.category === category)) {
      const key = keyOf.get(mark.seriesId);
      if (!key || row[key] !== undefined) continue;
      row[key] = mark.value;
      row[`${key}Mark`] = mark;
    }
    return row;
  });
}
