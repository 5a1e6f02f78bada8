import { readHxlTable, type HxlTable } from "./read-hxl-table";

/**
 * A CSV whose hashtag row is not Sitrep's own export (which starts with
 * `id` / `#meta+id`) is a dataset published elsewhere: its columns are read
 * by their hashtags, not their names.
 */
export function foreignHxlTable(text: string): HxlTable | undefined {
  const table = readHxlTable(text);
  if (!table) return undefined;
  const ownExport = table.headers[0]?.toLowerCase() === "id" || table.hashtags[0]?.replace(/\s/g, "").toLowerCase() === "#meta+id";
  return ownExport ? undefined : table;
}
