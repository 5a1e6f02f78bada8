import Papa from "papaparse";
import type { ChartModel } from "@/lib/charts/model";
import { neutraliseFormula } from "@/lib/import/spreadsheet-safety";

const columns = [
  { column: "chart", hxl: "#meta+chart" },
  { column: "category", hxl: "#indicator+name" },
  { column: "series", hxl: "#meta+series" },
  { column: "date", hxl: "#date" },
  { column: "value", hxl: "#affected+num" },
  { column: "qualifier", hxl: "#meta+qualifier" },
  { column: "value_text", hxl: "#meta+value_text" },
  { column: "derived", hxl: "#meta+derived" },
  { column: "source", hxl: "#meta+source" },
  { column: "via", hxl: "#meta+via" },
  { column: "reported_at", hxl: "#date+reported" },
  { column: "url", hxl: "#meta+url" },
  { column: "quote", hxl: "#meta+quote" },
  { column: "quote_language", hxl: "#meta+lang" },
  { column: "sitrep_id", hxl: "#meta+id" },
] as const;

/** Exactly the marks on the chart, each with its source and quote; HXL row under the header; formula-safe cells. */
export function chartToCsv(chart: ChartModel): string {
  const rows = chart.marks.map((m) =>
    [
      chart.id,
      m.category,
      m.series,
      m.date ?? "",
      chart.kind === "timeline" ? "" : String(m.value),
      chart.kind === "timeline" ? "" : m.qualifier,
      m.valueText,
      m.derived ? "yes" : "no",
      m.source.sourceName,
      m.source.viaShort ?? "",
      m.source.reportedAt ?? "",
      m.source.url ?? "",
      m.source.quote,
      m.source.quoteLanguage,
      m.source.id,
    ].map(neutraliseFormula),
  );
  return `${Papa.unparse({ fields: columns.map((c) => c.column), data: [columns.map((c) => c.hxl), ...rows] }, { newline: "\r\n" })}\r\n`;
}
