"use server";
import { createHash } from "node:crypto";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { Database } from "@/lib/db/client";
import { formatQualified } from "@/lib/format/qualified-number";
import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { placeNameOf } from "@/lib/i18n/place-name";
import { currentSnapshot } from "@/lib/queries/read-model";
import type { Snapshot } from "@/lib/queries/snapshot";
import { getMessages } from "@/lib/i18n/messages";
import { utf8TextOf } from "@/lib/import/decode-csv";
import { ImportValidationError, type RowError } from "@/lib/import/errors";
import type { FigureRowOutcome, ImportResult } from "@/lib/import/import-dataset";
import { csvWithoutRows } from "@/lib/import/without-rows";
import type { Writer } from "@/lib/write/writer";
import { ImportTooLargeError } from "@/lib/import/limits";
import { importFiguresCsv, type CsvImportResult } from "@/lib/write/import-csv";
import type { DatasetColumn } from "@/lib/import/hxl-dataset/dataset-claims";
import { HttpUrl, NonEmptyText } from "@/lib/model";

/** A previewed row, with what an addition counts in words. */
export type PreviewRow = FigureRowOutcome & { addsText?: string };

/** What the form says a dataset is, when the file is one published elsewhere (HXL). */
export interface DatasetFields {
  title: string;
  publisher: string;
  url: string;
  version: string;
}

export interface ImportFormState {
  csv: string;
  fileName?: string;
  reason: string;
  dataset?: DatasetFields;
  /** For an HXL dataset: each column and what Sitrep reads it as, or why it is left out. */
  datasetColumns?: DatasetColumn[];
  errors?: RowError[];
  formError?: string;
  preview?: { rows: PreviewRow[]; added: number; changed: number; unchanged: number; duplicates: number };
  /** With errors: the preview is of the other rows, what they would do once the errors are fixed. */
  previewOfOtherRows?: boolean;
  /** The previewed bytes' digest: "commit" writes only exactly what was previewed. */
  previewed?: string;
  committed?: { added: number; changed: number; rows: FigureRowOutcome[] };
}

/**
 * Of the text, not the bytes: an uploaded file comes back as the form's text
 * (its byte-order mark dropped), and a textarea sends its lines ending in
 * CRLF whatever they ended in (HTML's form submission rules), so a file with
 * LF endings would otherwise "change" between its preview and its commit.
 */
const digestOf = (bytes: Uint8Array, dataset: object) =>
  createHash("sha256").update(new TextDecoder().decode(bytes).replace(/\r\n?/g, "\n")).update(JSON.stringify(dataset)).digest("hex");

/** What each row would do, an addition with what it counts and who says so in the reader's words. */
function previewOf(result: ImportResult | CsvImportResult, snapshot?: Snapshot): NonNullable<ImportFormState["preview"]> {
  const t = getMessages();
  const rows = result.figureRows.map((row): PreviewRow => {
    if (!row.adds) return row;
    const { indicator, group, sourceId, locationIds, reportedAt } = row.adds;
    const where = formatList(locationIds.map((id) => (snapshot ? placeNameOf(snapshot.locationsById, id) : id)));
    return { ...row, addsText: `${formatQualified(row.adds)}: ${t.indicator[indicator].toLowerCase()} (${t.group[group]}), ${where}, ${sourceId}${reportedAt ? `, ${formatDate(reportedAt)}` : ""}` };
  });
  return { rows, added: result.created.length, changed: result.updated.length, unchanged: result.unchanged, duplicates: result.duplicates.length };
}

/**
 * What the rows without errors would do once the errors are fixed: a dry run of
 * the file without the rows named in errors, its rows numbered as in the file.
 * Nothing when an error is about the whole file (header, HXL row, encoding) or
 * the other rows fail on their own.
 */
async function previewOfOtherRows(db: Database, writer: Writer, csv: string, errors: RowError[], fileName: string, dataset: ReturnType<typeof datasetOf>): Promise<ImportFormState["preview"]> {
  const badRows = new Set(errors.map((e) => e.row ?? 0));
  // The header, the HXL row, the file's encoding or an unclosed quote: every row is in question.
  const aboutTheWholeFile = (e: RowError) => (e.row ?? 0) <= 1 || /^HXL hashtag|^CSV syntax|not UTF-8/.test(e.message);
  if (errors.some(aboutTheWholeFile)) return undefined;
  const { csv: rest, originalRow } = csvWithoutRows(csv, badRows);
  try {
    const result = await importFiguresCsv(db, writer, new TextEncoder().encode(rest), { dryRun: true, reason: "preview", fileName, dataset });
    const preview = previewOf(result, await currentSnapshot());
    return preview.rows.length ? { ...preview, rows: preview.rows.map((row) => ({ ...row, row: originalRow(row.row) })) } : undefined;
  } catch {
    return undefined;
  }
}

/** The dataset fields as the import takes them: blank ones left out, an address that is not one left out too (the row's #meta+url stands in). */
function datasetOf(fields: DatasetFields) {
  const text = (value: string) => (NonEmptyText.safeParse(value).success ? value.trim() : undefined);
  const dataset = { title: text(fields.title), publisher: text(fields.publisher), url: HttpUrl.safeParse(fields.url.trim()).success ? fields.url.trim() : undefined, version: text(fields.version) };
  return Object.fromEntries(Object.entries(dataset).filter(([, value]) => value !== undefined));
}

/**
 * Previews a CSV (pasted or uploaded) row by row, or, when the preview was
 * seen and "commit" pressed, imports it: all rows in one transaction or none.
 */
export async function importAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const s = getStaffMessages();
  const file = formData.get("file");
  const uploaded = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
  const pasted = String(formData.get("csv") ?? "");
  const reason = String(formData.get("reason") ?? "").trim();
  const fileName = uploaded && file instanceof File ? file.name : String(formData.get("fileName") ?? "") || "pasted.csv";
  const fields: DatasetFields = {
    title: String(formData.get("dataset") ?? ""),
    publisher: String(formData.get("datasetPublisher") ?? ""),
    url: String(formData.get("datasetUrl") ?? ""),
    version: String(formData.get("datasetVersion") ?? ""),
  };
  const dataset = datasetOf(fields);
  const base: ImportFormState = { csv: pasted, reason, fileName, dataset: fields };
  const auth = await actionWriter("editor");
  if (!auth) return { ...base, formError: s.signIn.title };
  const bytes = uploaded ?? new TextEncoder().encode(pasted);
  if (!bytes.byteLength) return { ...base, formError: s.import.nothing };
  // A commit of text edited (or a file chosen) after the preview previews that instead: nothing unseen is written.
  const changedSincePreview = formData.get("intent") === "commit" && formData.get("previewed") !== digestOf(bytes, dataset);
  const commit = formData.get("intent") === "commit" && !changedSincePreview;
  try {
    const result = await importFiguresCsv(await getDb(), auth.writer, bytes, { dryRun: !commit, reason: reason || "Imported in the browser", fileName, dataset });
    // The file's text goes back into the form, so "commit" sends exactly what was previewed.
    const csv = uploaded ? new TextDecoder().decode(uploaded) : pasted;
    if (commit) return { csv: "", reason: "", committed: { added: result.created.length, changed: result.updated.length, rows: result.figureRows } };
    return {
      ...base,
      csv,
      previewed: digestOf(bytes, dataset),
      formError: changedSincePreview ? s.import.changedSincePreview : undefined,
      preview: previewOf(result, await currentSnapshot()),
      datasetColumns: result.datasetColumns,
    };
  } catch (error) {
    if (error instanceof ImportValidationError) {
      // Not UTF-8: nothing comes back into the form, or a second preview would store U+FFFD as the quote.
      const csv = uploaded ? (utf8TextOf(uploaded) ?? "") : pasted;
      const preview = csv ? await previewOfOtherRows(await getDb(), auth.writer, csv, error.allErrors, fileName, dataset) : undefined;
      return { ...base, csv, errors: error.errors, preview, previewOfOtherRows: Boolean(preview) };
    }
    if (error instanceof ImportTooLargeError) return { ...base, formError: error.message };
    throw error;
  }
}
