import Papa from "papaparse";
import { Figure, indicators } from "@/lib/model";
import { columnForField, fieldColumns, figureColumns, LIST_SEPARATOR, requiredColumns } from "./figure-columns";
import { type RowError, zodIssuesToRowErrors } from "./errors";
import { restoreNeutralised } from "./spreadsheet-safety";

export interface ParsedFigures {
  figures: Figure[];
  /** Spreadsheet row number of each parsed figure, for later reference checks. */
  rowOf: Map<string, number>;
  /** The columns the file has: a column left out means "keep what is stored", not "erase it". */
  columns: Set<string>;
  errors: RowError[];
}

const knownColumns = new Set(figureColumns.map((c) => c.column));
const listFields = new Set(["locationIds"]);
const integerFields = new Set(["valueHigh"]);

function toFieldValue(field: string, raw: string): unknown {
  if (listFields.has(field)) return raw.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (integerFields.has(field)) return /^\d+$/.test(raw) ? Number(raw) : raw;
  return raw;
}

/** Parses and validates every row; returns all problems at once rather than stopping at the first. */
export function parseFiguresCsv(text: string, file?: string): ParsedFigures {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const errors: RowError[] = parsed.errors.map((e) => ({
    file,
    row: (e.row ?? 0) + 1,
    column: "(row)",
    message: `CSV syntax: ${e.message}`,
  }));
  const [header = [], ...rest] = parsed.data;
  const columns = header.map((h) => h.trim());
  for (const column of columns) {
    if (!knownColumns.has(column)) errors.push({ file, row: 1, column, message: "unknown column" });
  }
  for (const column of requiredColumns) {
    if (!columns.includes(column)) errors.push({ file, row: 1, column, message: "required column is missing" });
  }
  if (!indicators.some((indicator) => columns.includes(indicator))) {
    errors.push({ file, row: 1, column: "(value column)", message: `needs at least one value column (${indicators.join(", ")})` });
  }
  if (errors.length) return { figures: [], rowOf: new Map(), columns: new Set(columns), errors };

  const hasHxlRow = rest[0]?.[0]?.trim().startsWith("#") ?? false;
  const dataRows = hasHxlRow ? rest.slice(1) : rest;
  const firstDataRow = hasHxlRow ? 3 : 2;
  const figures: Figure[] = [];
  const rowOf = new Map<string, number>();

  dataRows.forEach((cells, index) => {
    const row = firstDataRow + index;
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
    figures.push(result.data);
  });
  return { figures, rowOf, columns: new Set(columns), errors };
}
