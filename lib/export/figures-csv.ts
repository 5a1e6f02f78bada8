import Papa from "papaparse";
import type { Figure } from "@/lib/model";
import { fieldColumns, figureColumns, LIST_SEPARATOR } from "@/lib/import/figure-columns";
import { neutraliseFormula } from "@/lib/import/spreadsheet-safety";

/**
 * The same columns the importer reads, header then HXL row, so an export
 * imports back unchanged. Text cells are guarded against formula injection.
 */
export function figuresToCsv(figures: Figure[], locationName: (id: string) => string): string {
  const rows = figures.map((figure) => {
    const cells: Record<string, string> = { id: figure.id, [figure.indicator]: String(figure.value) };
    for (const { column, field } of fieldColumns) {
      if (column === "location_names") {
        cells[column] = figure.locationIds.map(locationName).join("; ");
        continue;
      }
      const value = field ? figure[field] : undefined;
      if (value === undefined) continue;
      cells[column] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
    }
    return figureColumns.map(({ column }) => neutraliseFormula(cells[column] ?? ""));
  });
  return Papa.unparse(
    {
      fields: figureColumns.map((c) => c.column),
      data: [figureColumns.map((c) => c.hxl), ...rows],
    },
    { newline: "\r\n" },
  ) + "\r\n";
}
