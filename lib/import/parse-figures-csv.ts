import Papa from "papaparse";
import { Figure, indicators, NonEmptyText } from "@/lib/model";
import { columnForField, fieldColumns, figureColumns, LIST_SEPARATOR, REASON_COLUMN, requiredColumns } from "./figure-columns";
import { delimiterOf } from "./csv-delimiter";
import { type RowError, zodIssuesToRowErrors } from "./errors";
import { checkHxlRow, looksLikeHxlRow } from "./hxl-row";
import { IMPORT_LIMITS, ImportTooLargeError } from "./limits";
import { restoreNeutralised } from "./spreadsheet-safety";
import { minOf } from "@/lib/math/extent";

export interface ParsedFigures {
  figures: Figure[];
  /** Spreadsheet row number of each parsed figure, for later reference checks. */
  rowOf: Map<string, number>;
  /** The columns the file has: a column left out means "keep what is stored", not "erase it". */
  columns: Set<string>;
  /** A row's own reason for its revision (the `revision_reason` column), by figure id. */
  reasonOf: Map<string, string>;
  errors: RowError[];
}

const knownColumns = new Set([...figureColumns.map((c) => c.column), REASON_COLUMN.column]);
const hxlByColumn = new Map([...figureColumns, REASON_COLUMN].map((c) => [c.column, c.hxl]));
const listFields = new Set(["locationIds", "situationIds"]);
const integerFields = new Set(["valueHigh"]);
const jsonFields = new Set(["dataset"]);

function toFieldValue(field: string, raw: string): unknown {
  if (jsonFields.has(field)) {
    try {
      return JSON.parse(raw);
    } catch {
      // Left as text, the schema names the column: "expected object".
      return raw;
    }
  }
  if (listFields.has(field)) return raw.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (integerFields.has(field)) return /^\d+$/.test(raw) ? Number(raw) : raw;
  return raw;
}

const failed = (columns: string[], errors: RowError[]): ParsedFigures => ({ figures: [], rowOf: new Map(), columns: new Set(columns), reasonOf: new Map(), errors });

/**
 * Parses and validates every row; returns all problems at once rather than
 * stopping at the first. The HXL row under the header is optional; when present
 * each hashtag must be its column's.
 */
export function parseFiguresCsv(input: string, file?: string): ParsedFigures {
  const text = input.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: "greedy",
    // Header, HXL row, the limit, and one more to know it was passed.
    preview: IMPORT_LIMITS.rows + 3,
  });
  // A quote left open swallows the rest of the file: report where it opens, and nothing that follows from it.
  const quoteErrors = parsed.errors.filter((e) => e.type === "Quotes");
  if (quoteErrors.length) {
    const opening = minOf(quoteErrors.map((e) => e.row ?? 0));
    const error = quoteErrors.find((e) => e.code === "MissingQuotes") ?? quoteErrors[0];
    return failed([], [{ file, row: opening + 1, column: "(row)", message: `CSV syntax: ${error.message}; a quoted cell opens in this row and is not closed` }]);
  }
  const [header = [], ...rest] = parsed.data;
  const columns = header.map((h) => h.trim());
  const errors: RowError[] = [];
  for (const column of columns) {
    if (!knownColumns.has(column)) errors.push({ file, row: 1, column, message: "unknown column" });
  }
  for (const column of requiredColumns) {
    if (!columns.includes(column)) errors.push({ file, row: 1, column, message: "required column is missing" });
  }
  if (!indicators.some((indicator) => columns.includes(indicator))) {
    errors.push({ file, row: 1, column: "(value column)", message: `needs at least one value column (${indicators.join(", ")})` });
  }
  if (errors.length) return failed(columns, errors);

  const hasHxlRow = rest.length > 0 && looksLikeHxlRow(rest[0]);
  if (hasHxlRow) {
    const hxlErrors = checkHxlRow(columns, rest[0], hxlByColumn, file);
    if (hxlErrors.length) return failed(columns, hxlErrors);
  }
  const dataRows = hasHxlRow ? rest.slice(1) : rest;
  if (dataRows.length > IMPORT_LIMITS.rows) throw new ImportTooLargeError("rows");
  const firstDataRow = hasHxlRow ? 3 : 2;
  const figures: Figure[] = [];
  const rowOf = new Map<string, number>();
  const reasonOf = new Map<string, string>();

  dataRows.forEach((cells, index) => {
    const row = firstDataRow + index;
    const extra = cells.slice(columns.length).filter((cell) => cell.trim());
    if (extra.length) {
      errors.push({ file, row, column: "(row)", message: `has ${columns.length + extra.length} cells but the header names ${columns.length} columns` });
      return;
    }
    const record = new Map(columns.map((column, i) => [column, restoreNeutralised((cells[i] ?? "").trim())]));
    const filled = indicators.filter((indicator) => record.get(indicator));
    if (filled.length !== 1) {
      errors.push({
        file,
        row,
        column: filled.length ? filled.join(", ") : "(value column)",
        message: filled.length
          ? "fill exactly one value column; this row fills several"
          : `fill exactly one value column (${indicators.join(", ")})`,
      });
      return;
    }
    const indicator = filled[0];
    const rawValue = record.get(indicator) ?? "";
    if (!/^-?\d+$/.test(rawValue)) {
      errors.push({ file, row, column: indicator, message: "must be a whole number written with digits only, e.g. 155000" });
      return;
    }
    const candidate: Record<string, unknown> = { id: record.get("id"), indicator, value: Number(rawValue) };
    for (const { column, field } of fieldColumns) {
      const raw = record.get(column);
      if (field && raw) candidate[field] = toFieldValue(field, raw);
    }
    const result = Figure.safeParse(candidate);
    if (!result.success) {
      errors.push(...zodIssuesToRowErrors(result.error, row, (field) => columnForField(field, indicator), file));
      return;
    }
    if (rowOf.has(result.data.id)) {
      errors.push({ file, row, column: "id", message: `duplicate id '${result.data.id}' (also row ${rowOf.get(result.data.id)})` });
      return;
    }
    rowOf.set(result.data.id, row);
    const reason = record.get(REASON_COLUMN.column);
    if (reason) {
      const checked = NonEmptyText.safeParse(reason);
      if (!checked.success) {
        errors.push({ file, row, column: REASON_COLUMN.column, message: checked.error.issues[0].message });
        return;
      }
      reasonOf.set(result.data.id, checked.data);
    }
    figures.push(result.data);
  });
  return { figures, rowOf, columns: new Set(columns), reasonOf, errors };
}
