import Papa from "papaparse";
import { neutraliseFormula } from "@/lib/import/spreadsheet-safety";

/** One column of a CSV with an HXL row: its header, its hashtag from the HXL dictionary, and how a record fills it. */
export interface HxlColumn<T> {
  column: string;
  hxl: string;
  cell: (record: T) => string | number | boolean | undefined | null;
}

/** A CSV with the header, the HXL hashtag row under it, then a row per record; text cells guarded against formula injection. */
export function hxlCsv<T>(columns: HxlColumn<T>[], records: T[]): string {
  const rows = records.map((record) => columns.map(({ cell }) => neutraliseFormula(String(cell(record) ?? ""))));
  return Papa.unparse([columns.map((c) => c.column), columns.map((c) => c.hxl), ...rows], { newline: "\r\n" }) + "\r\n";
}

export const listCell = (items: readonly string[] | undefined) => (items ?? []).join(";");
