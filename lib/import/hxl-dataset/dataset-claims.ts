import { Figure, type DatasetReference, type DatasetRow } from "@/lib/model";
import { fold } from "@/lib/intake/fold";
import { zodIssuesToRowErrors, type RowError } from "../errors";
import { placeLevels, parseHashtag, roleOf, type ColumnRole, type PlaceLevel } from "./hashtag-rules";
import { matchPlace, type DatasetPlace } from "./match-place";
import type { HxlTable, HxlTableRow } from "./read-hxl-table";

/** One column of the file and what Sitrep does with it: the mapping a preview shows. */
export interface DatasetColumn {
  /** 1-based, as a spreadsheet counts columns. */
  position: number;
  header: string;
  hashtag: string;
  role: ColumnRole;
}

export interface DatasetClaimsInput {
  table: HxlTable;
  fileName: string;
  situationId: string;
  places: DatasetPlace[];
  sources: { id: string; names: string[] }[];
  /** From the request; without them each row's #meta+source and #meta+url stand for the dataset. */
  dataset: Partial<DatasetReference>;
  /** The archived file; absent in a dry run, where nothing is archived. */
  documentId?: string;
}

export interface DatasetClaims {
  figures: Figure[];
  rowOf: Map<string, number>;
  columns: DatasetColumn[];
  errors: RowError[];
}

const slug = (text: string, length: number) =>
  fold(text)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, length)
    .replace(/-+$/, "") || "dataset";

const titleOfFile = (fileName: string) => fileName.replace(/\.[a-z0-9]+$/i, "").trim() || fileName;

/** "1,250" or "1250"; a decimal, a dash or a word is not a count. */
function countOf(cell: string): number | undefined {
  const text = cell.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replaceAll(",", ""));
  return undefined;
}

function columnName(column: DatasetColumn): string {
  return column.header ? `${column.header} (${column.hashtag})` : column.hashtag || `column ${column.position}`;
}

/** The file-level problems: a figure needs a count, a date, a place and who published it. */
function missingHashtags(columns: DatasetColumn[], input: DatasetClaimsInput): RowError[] {
  const has = (role: ColumnRole["role"]) => columns.some((c) => c.role.role === role);
  const at = { file: input.fileName, row: input.table.hashtagRow, column: "(hashtags)" };
  const errors: RowError[] = [];
  if (!has("value")) errors.push({ ...at, message: "no count of people: the file needs a column such as #affected+idps+ind, #affected+killed or #affected+injured" });
  if (!has("date")) errors.push({ ...at, message: "#date+reported (or #date) is missing: each figure needs the date it was reported" });
  if (!has("place")) errors.push({ ...at, message: "no place: the file needs #adm1+name … #adm4+name or #loc+name (or their +code)" });
  if (!has("source") && !input.dataset.publisher) errors.push({ ...at, message: "#meta+source (or #org) is missing and no datasetPublisher was given: each figure needs who published it" });
  return errors;
}

/** Of several date or source columns the best ranked (#date+reported before #date) is read; the others are ignored. */
function settleDuplicates(columns: DatasetColumn[]): void {
  for (const role of ["date", "source", "url"] as const) {
    const ofRole = columns.filter((c) => c.role.role === role);
    const rank = (c: DatasetColumn) => ("rank" in c.role ? c.role.rank : 0);
    const chosen = ofRole.reduce<DatasetColumn | undefined>((best, c) => (!best || rank(c) < rank(best) ? c : best), undefined);
    for (const column of ofRole) if (column !== chosen) column.role = { role: "ignored", reason: "another-column", why: `another ${role} column: ${chosen?.hashtag} is read` };
  }
}

/**
 * Turns an HXL-tagged table (an IOM DTM round, an OCHA table) into claims: one
 * per filled count cell, each with the row's date, narrowest place and
 * source, the row's line as its quote and the row's cells as its evidence.
 * Every problem is named by row and column; any problem and nothing is written.
 */
export function datasetClaims(input: DatasetClaimsInput): DatasetClaims {
  const { table } = input;
  const columns: DatasetColumn[] = table.hashtags.map((hashtag, i) => ({ position: i + 1, header: table.headers[i] ?? "", hashtag, role: roleOf(parseHashtag(hashtag)) }));
  settleDuplicates(columns);
  const fileErrors = missingHashtags(columns, input);
  if (fileErrors.length) return { figures: [], rowOf: new Map(), columns, errors: fileErrors };

  const figures: Figure[] = [];
  const rowOf = new Map<string, number>();
  const errors: RowError[] = [];
  for (const row of table.rows) {
    const claims = rowClaims(row, columns, input, errors);
    for (const figure of claims) {
      rowOf.set(figure.id, row.row);
      figures.push(figure);
    }
  }
  return { figures, rowOf, columns, errors };
}

function rowClaims(row: HxlTableRow, columns: DatasetColumn[], input: DatasetClaimsInput, errors: RowError[]): Figure[] {
  const at = (column: DatasetColumn | string, message: string) =>
    errors.push({ file: input.fileName, row: row.row, column: typeof column === "string" ? column : columnName(column), message });
  const cell = (column: DatasetColumn) => (row.cells[column.position - 1] ?? "").trim();
  const before = errors.length;

  const dateColumn = columns.find((c) => c.role.role === "date")!;
  const rawDate = cell(dateColumn);
  const date = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(rawDate) ? rawDate.slice(0, 10) : undefined;
  if (!rawDate) at(dateColumn, "is required: the date this row's figures were reported");
  else if (!date) at(dateColumn, `'${rawDate}' is not a date written as year-month-day, e.g. 2026-01-12`);

  const sourceColumn = columns.find((c) => c.role.role === "source");
  const sourceName = (sourceColumn && cell(sourceColumn)) || input.dataset.publisher;
  const source = sourceName ? input.sources.find((s) => s.names.some((n) => fold(n) === fold(sourceName))) : undefined;
  if (!sourceName) at(sourceColumn ?? "(row)", "is required: who published this row");
  else if (!source) at(sourceColumn ?? "datasetPublisher", `no source is called '${sourceName}': add it as a source (or as another name of one) first`);

  const placeColumns = columns.filter((c): c is DatasetColumn & { role: { role: "place"; level: PlaceLevel } } => c.role.role === "place" && Boolean(cell(c)));
  const narrowest = [...placeLevels].reverse().find((level) => placeColumns.some((c) => c.role.level === level));
  let placeId: string | undefined;
  if (!narrowest) at("(place)", "is required: fill at least one of the place columns");
  else {
    const atLevel = placeColumns.filter((c) => c.role.level === narrowest);
    const nameColumn = atLevel.find((c) => (c.role as { by: string }).by === "name");
    const codeColumn = atLevel.find((c) => (c.role as { by: string }).by === "code");
    const found = matchPlace(input.places, narrowest, nameColumn && cell(nameColumn), codeColumn && cell(codeColumn));
    const said = atLevel.map((c) => `'${cell(c)}'`).join(" / ");
    if (found.length === 1) placeId = found[0].id;
    else if (!found.length) at(atLevel[0], `no place of this situation is ${said}: add the place, or this name or P-code to one, first (the row's narrowest place decides; a wider one is not used instead)`);
    else at(atLevel[0], `${said} could be any of ${found.map((p) => p.id).join(", ")}: give a P-code or a name only one of them has`);
  }

  const urlColumn = columns.find((c) => c.role.role === "url");
  const url = input.dataset.url ?? ((urlColumn && cell(urlColumn)) || undefined);
  const counts = columns.flatMap((column) => {
    if (column.role.role !== "value") return [];
    const raw = cell(column);
    if (!raw) return [];
    const value = countOf(raw);
    if (value === undefined) {
      at(column, `'${raw}' is not a whole number of people, e.g. 15500`);
      return [];
    }
    return [{ column, role: column.role, value }];
  });
  const valueColumns = columns.filter((c) => c.role.role === "value");
  if (!counts.length && errors.length === before) at(valueColumns.map(columnName).join(", "), "no count: fill at least one of these cells");
  if (errors.length > before || !date || !source || !placeId) return [];

  const dataset: DatasetRow = {
    title: input.dataset.title ?? titleOfFile(input.fileName),
    publisher: input.dataset.publisher ?? sourceName!,
    ...(url ? { url } : {}),
    ...(input.dataset.version ? { version: input.dataset.version } : {}),
    row: row.row,
    values: columns.map((c) => ({ column: c.header, hashtag: c.hashtag, value: row.cells[c.position - 1] ?? "" })),
  };
  // "DTM round 7" of version "Round 7" is test-dtm-round-7, not test-dtm-round-7-round-7.
  const titleSlug = slug(dataset.title, 48);
  const versionSlug = dataset.version ? slug(dataset.version, 24) : "";
  const datasetSlug = versionSlug && !titleSlug.includes(versionSlug) ? `${titleSlug}-${versionSlug}` : titleSlug;
  return counts.flatMap(({ column, role, value }) => {
    const id = [datasetSlug, "row", row.row, role.indicator.replaceAll("_", "-"), role.group === "all" ? "" : role.group, role.unit === "households" ? "hh" : ""].filter((part) => part !== "").join("-");
    const parsed = Figure.safeParse({
      dataset: { ...dataset, valueColumn: column.position },
      id,
      indicator: role.indicator,
      group: role.group,
      value,
      qualifier: "exact",
      unit: role.unit,
      locationIds: [placeId],
      countKind: "cumulative",
      reportedAt: date,
      dateNote: `The dataset row's ${dateColumn.hashtag}`,
      sourceId: source.id,
      url,
      quote: row.line,
      quoteLanguage: "en",
      status: "current",
      situationIds: [input.situationId],
      documentId: input.documentId,
    });
    if (!parsed.success) {
      errors.push(...zodIssuesToRowErrors(parsed.error, row.row, () => columnName(column), input.fileName));
      return [];
    }
    return [parsed.data];
  });
}
