"use server";
import { createHash } from "node:crypto";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { Database } from "@/lib/db/client";
import { formatQualified } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import { utf8TextOf } from "@/lib/import/decode-csv";
import { ImportValidationError, type RowError } from "@/lib/import/errors";
import type { FigureRowOutcome, ImportResult } from "@/lib/import/import-dataset";
import { csvWithoutRows } from "@/lib/import/without-rows";
import type { Writer } from "@/lib/write/writer";
import { ImportTooLargeError } from "@/lib/import/limits";
import { importFiguresCsv } from "@/lib/write/import-csv";

/** A previewed row, with what an addition counts in words. */
export type PreviewRow = FigureRowOutcome & { addsText?: string };

export interface ImportFormState {
  csv: string;
  fileName?: string;
  reason: string;
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
const digestOf = (bytes: Uint8Array) => createHash("sha256").update(new TextDecoder().decode(bytes).replace(/\r\n?/g, "\n")).digest("hex");

/** What each row would do, an addition with what it counts and who says so in the reader's words. */
function previewOf(result: ImportResult): NonNullable<ImportFormState["preview"]> {
  const t = getMessages();
  const rows = result.figureRows.map((row): PreviewRow => {
    if (!row.adds) return row;
    const { indicator, group, sourceId } = row.adds;
    return { ...row, addsText: `${formatQualified(row.adds)}: ${t.indicator[indicator].toLowerCase()} (${t.group[group]}), ${sourceId}` };
  });
  return { rows, added: result.created.length, changed: result.updated.length, unchanged: result.unchanged, duplicates: result.duplicates.length };
}

/**
 * What the rows without errors would do once the errors are fixed: a dry run of
 * the file without the rows named in errors, its rows numbered as in the file.
 * Nothing when an error is about the whole file (header, HXL row, encoding) or
 * the other rows fail on their own.
 */
async function previewOfOtherRows(db: Database, writer: Writer, csv: string, errors: RowError[], fileName: string): Promise<ImportFormState["preview"]> {
  const badRows = new Set(errors.map((e) => e.row ?? 0));
  // The header, the HXL row, the file's encoding or an unclosed quote: every row is in question.
  const aboutTheWholeFile = (e: RowError) => (e.row ?? 0) <= 1 || /^HXL hashtag|^CSV syntax|not UTF-8/.test(e.message);
  if (errors.some(aboutTheWholeFile)) return undefined;
  const { csv: rest, originalRow } = csvWithoutRows(csv, badRows);
  try {
    const result = await importFiguresCsv(db, writer, new TextEncoder().encode(rest), { dryRun: true, reason: "preview", fileName });
    const preview = previewOf(result);
    return preview.rows.length ? { ...preview, rows: preview.rows.map((row) => ({ ...row, row: originalRow(row.row) })) } : undefined;
  } catch {
    return undefined;
  }
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
  const base: ImportFormState = { csv: pasted, reason, fileName };
  const auth = await actionWriter("editor");
  if (!auth) return { ...base, formError: s.signIn.title };
  const bytes = uploaded ?? new TextEncoder().encode(pasted);
  if (!bytes.byteLength) return { ...base, formError: s.import.nothing };
  // A commit of text edited (or a file chosen) after the preview previews that instead: nothing unseen is written.
  const changedSincePreview = formData.get("intent") === "commit" && formData.get("previewed") !== digestOf(bytes);
  const commit = formData.get("intent") === "commit" && !changedSincePreview;
  try {
    const result = await importFiguresCsv(await getDb(), auth.writer, bytes, { dryRun: !commit, reason: reason || "Imported in the browser", fileName });
    // The file's text goes back into the form, so "commit" sends exactly what was previewed.
    const csv = uploaded ? new TextDecoder().decode(uploaded) : pasted;
    if (commit) return { csv: "", reason: "", committed: { added: result.created.length, changed: result.updated.length, rows: result.figureRows } };
    return {
      ...base,
      csv,
      previewed: digestOf(bytes),
      formError: changedSincePreview ? s.import.changedSincePreview : undefined,
      preview: previewOf(result),
    };
  } catch (error) {
    if (error instanceof ImportValidationError) {
      // Not UTF-8: nothing comes back into the form, or a second preview would store U+FFFD as the quote.
      const csv = uploaded ? (utf8TextOf(uploaded) ?? "") : pasted;
      const preview = csv ? await previewOfOtherRows(await getDb(), auth.writer, csv, error.allErrors, fileName) : undefined;
      return { ...base, csv, errors: error.errors, preview, previewOfOtherRows: Boolean(preview) };
    }
    if (error instanceof ImportTooLargeError) return { ...base, formError: error.message };
    throw error;
  }
}
