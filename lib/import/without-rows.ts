import Papa from "papaparse";
import { delimiterOf } from "./csv-delimiter";

/**
 * The CSV without some of its rows (numbered as the importer numbers them:
 * the header is row 1, blank lines do not count), and the way back from a
 * row of the result to the row it was in the file. Used to preview what the
 * good rows of a file with errors would do once those are fixed.
 */
export function csvWithoutRows(csv: string, dropped: Set<number>): { csv: string; originalRow: (row: number) => number } {
  const text = csv.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(text);
  const records = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: "greedy" }).data;
  const kept = records.map((_, index) => index + 1).filter((row) => row === 1 || !dropped.has(row));
  return {
    csv: Papa.unparse(
      kept.map((row) => records[row - 1]),
      { delimiter, newline: "\n" },
    ),
    originalRow: (row) => kept[row - 1] ?? row,
  };
}
