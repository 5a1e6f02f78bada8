import { indicators, type Figure, type Indicator } from "@/lib/model";

/**
 * The figures CSV: one row per claim, one value column per indicator (exactly
 * one filled), an HXL hashtag row under the header. Import and export share
 * this table, so an exported file imports back unchanged.
 */
const valueColumns: Record<Indicator, string> = {
  displaced: "#affected+displaced+num",
  still_displaced: "#affected+idps+num",
  returned: "#affected+returnees+num",
  killed: "#affected+killed+num",
  injured: "#affected+injured+num",
  missing: "#affected+missing+num",
  evacuated: "#affected+evacuated+num",
  arrived: "#affected+arrived+num",
  population: "#population+num",
};

type FieldColumn = { column: string; hxl: string; field: keyof Figure | null };

/** Columns that map one-to-one onto Figure fields, in file order after the value columns. */
export const fieldColumns: FieldColumn[] = [
  { column: "group", hxl: "#group+code", field: "group" },
  { column: "qualifier", hxl: "#meta+qualifier", field: "qualifier" },
  { column: "value_high", hxl: "#affected+num+max", field: "valueHigh" },
  { column: "unit", hxl: "#meta+unit", field: "unit" },
  { column: "location_ids", hxl: "#loc+code", field: "locationIds" },
  // Informational: names are looked up from location_ids; an import ignores this column.
  { column: "location_names", hxl: "#loc+name", field: null },
  // Absent from a file means cumulative: older files import unchanged.
  { column: "count_kind", hxl: "#meta+count_kind", field: "countKind" },
  { column: "period_start", hxl: "#date+start", field: "periodStart" },
  { column: "period_end", hxl: "#date+end", field: "periodEnd" },
  { column: "reported_at", hxl: "#date+reported", field: "reportedAt" },
  { column: "date_note", hxl: "#meta+date_basis", field: "dateNote" },
  { column: "source_id", hxl: "#meta+source", field: "sourceId" },
  { column: "via", hxl: "#meta+via", field: "via" },
  { column: "url", hxl: "#meta+url", field: "url" },
  { column: "quote", hxl: "#meta+quote", field: "quote" },
  { column: "quote_language", hxl: "#meta+lang", field: "quoteLanguage" },
  { column: "translation", hxl: "#meta+translation", field: "translation" },
  { column: "notes", hxl: "#meta+notes", field: "notes" },
  { column: "status", hxl: "#status", field: "status" },
  { column: "supersedes", hxl: "#meta+supersedes", field: "supersedes" },
  // Absent from a file means the claim repeats no other: older files import unchanged.
  { column: "taken_from", hxl: "#meta+taken_from", field: "takenFrom" },
  { column: "pinned_reason", hxl: "#meta+pinned", field: "pinnedReason" },
  // Absent or empty means the default situation: older files import unchanged.
  { column: "situation_ids", hxl: "#meta+situations", field: "situationIds" },
  // The archived report the quote was taken from; absent keeps a stored claim's link (an export re-imported keeps it).
  { column: "document_id", hxl: "#meta+document", field: "documentId" },
  // A claim read from a dataset: the dataset and the row as published, as JSON; absent keeps a stored claim's.
  { column: "dataset", hxl: "#meta+dataset", field: "dataset" },
];

export const figureColumns: { column: string; hxl: string }[] = [
  { column: "id", hxl: "#meta+id" },
  ...indicators.map((indicator) => ({ column: indicator, hxl: valueColumns[indicator] })),
  ...fieldColumns,
];

/**
 * Why a row changes, written into its revision; import-only, never exported.
 * Without it a row's revision takes the reason given for the whole import.
 */
export const REASON_COLUMN = { column: "revision_reason", hxl: "#meta+reason" } as const;

const columnByField = new Map<string, string>([
  ["id", "id"],
  ["value", "(value column)"],
  ...fieldColumns.filter((c) => c.field).map((c) => [c.field as string, c.column] as [string, string]),
]);

export function columnForField(field: string, indicator?: Indicator): string {
  if (field === "value" && indicator) return indicator;
  return columnByField.get(field) ?? field;
}

export const LIST_SEPARATOR = ";";

/** Columns a file must have; the others may be left out entirely. */
export const requiredColumns = new Set(["id", "group", "qualifier", "unit", "location_ids", "date_note", "source_id", "quote", "quote_language", "status"]);
