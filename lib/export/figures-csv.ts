import Papa from "papaparse";
import type { Figure } from "@/lib/model";
import { fieldColumns, figureColumns, LIST_SEPARATOR } from "@/lib/import/figure-columns";
import { neutraliseFormula } from "@/lib/import/spreadsheet-safety";

const CHUNK_ROWS = 1000;

function cellsOf(figure: Figure, locationName: (id: string) => string): string[] {
  const cells: Record<string, string> = { id: figure.id, [figure.indicator]: String(figure.value) };
  for (const { column, field } of fieldColumns) {
    if (column === "location_names") {
      cells[column] = figure.locationIds.map(locationName).join("; ");
      continue;
    }
    const value = field ? figure[field] : undefined;
    if (value === undefined) continue;
    cells[column] = Array.isArray(value) ? value.join(LIST_SEPARATOR) : typeof value === "object" ? JSON.stringify(value) : String(value);
  }
  return figureColumns.map(({ column }) => neutraliseFormula(cells[column] ?? ""));
}

/**
 * The same columns the importer reads, header then HXL row, so an export
 * imports back unchanged; text cells are guarded against formula injection.
 * Yields the file in pieces, so 100,000 claims stream rather than pile up.
 */
export function* figuresCsvChunks(figures: Figure[], locationName: (id: string) => string): Generator<string> {
  const unparse = (rows: string[][]) => Papa.unparse(rows, { newline: "\r\n" }) + "\r\n";
  yield unparse([figureColumns.map((c) => c.column), figureColumns.map((c) => c.hxl)]);
  for (let i = 0; i < figures.length; i += CHUNK_ROWS) {
    yield unparse(figures.slice(i, i + CHUNK_ROWS).map((f) => cellsOf(f, locationName)));
  }
}

export function figuresToCsv(figures: Figure[], locationName: (id: string) => string): string {
  return [...figuresCsvChunks(figures, locationName)].join("");
}
