import Papa from "papaparse";
import { delimiterOf } from "../csv-delimiter";
import { looksLikeHxlRow } from "../hxl-row";
import { IMPORT_LIMITS, ImportTooLargeError } from "../limits";

/** One data row of an HXL table: its cells, its number as a spreadsheet counts rows, and its line exactly as published. */
export interface HxlTableRow {
  row: number;
  cells: string[];
  line: string;
}

export interface HxlTable {
  /** Lines end in LF, as archived: each row's line is an exact substring of it. */
  text: string;
  headers: string[];
  hashtags: string[];
  /** The row number of the hashtag row (1 with no header row above it, else 2). */
  hashtagRow: number;
  rows: HxlTableRow[];
}

/**
 * Reads a CSV whose first or second row holds HXL hashtags, keeping each data
 * row's text as published: it is the claim's quote, and the archived file
 * holds it verbatim. Undefined when neither row holds hashtags.
 */
export function readHxlTable(input: string): HxlTable | undefined {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: { cells: string[]; start: number; end: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    step: (result, parser) => {
      const end = result.meta.cursor;
      records.push({ cells: result.data, start, end });
      start = end;
      // Header, hashtags, the limit and one more to know it was passed.
      if (records.length > IMPORT_LIMITS.rows + 3) parser.abort();
    },
  });
  const filled = records.filter((r) => r.cells.some((cell) => cell.trim()));
  const tagRowIndex = filled.slice(0, 2).findIndex((r) => looksLikeHxlRow(r.cells));
  if (tagRowIndex < 0) return undefined;
  const hashtags = filled[tagRowIndex].cells.map((cell) => cell.trim());
  const headers = tagRowIndex === 1 ? filled[0].cells.map((cell) => cell.trim()) : hashtags.map(() => "");
  const data = filled.slice(tagRowIndex + 1);
  if (data.length > IMPORT_LIMITS.rows) throw new ImportTooLargeError("rows");
  const rowOf = new Map(records.map((r, i) => [r, i + 1]));
  return {
    text,
    headers,
    hashtags,
    hashtagRow: rowOf.get(filled[tagRowIndex]) ?? tagRowIndex + 1,
    rows: data.map((r) => ({ row: rowOf.get(r) ?? 0, cells: r.cells, line: text.slice(r.start, r.end).replace(/\n$/, "") })),
  };
}
