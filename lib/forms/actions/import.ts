"use server";
import { createHash } from "node:crypto";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { ImportValidationError, type RowError } from "@/lib/import/errors";
import type { FigureRowOutcome } from "@/lib/import/import-dataset";
import { ImportTooLargeError } from "@/lib/import/limits";
import { importFiguresCsv } from "@/lib/write/import-csv";

export interface ImportFormState {
  csv: string;
  fileName?: string;
  reason: string;
  errors?: RowError[];
  formError?: string;
  preview?: { rows: FigureRowOutcome[]; added: number; changed: number; unchanged: number; duplicates: number };
  /** The previewed bytes' digest: "commit" writes only exactly what was previewed. */
  previewed?: string;
  committed?: { added: number; changed: number; rows: FigureRowOutcome[] };
}

// Of the text, not the bytes: an uploaded file comes back as the form's text (its byte-order mark dropped).
const digestOf = (bytes: Uint8Array) => createHash("sha256").update(new TextDecoder().decode(bytes)).digest("hex");

/**
 * An upload's text, or null when it is not UTF-8: decoding it anyway would put
 * U+FFFD into the form, and a second preview would store that as the quote.
 */
function utf8TextOf(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
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
      preview: { rows: result.figureRows, added: result.created.length, changed: result.updated.length, unchanged: result.unchanged, duplicates: result.duplicates.length },
    };
  } catch (error) {
    if (error instanceof ImportValidationError) return { ...base, csv: uploaded ? (utf8TextOf(uploaded) ?? "") : pasted, errors: error.errors };
    if (error instanceof ImportTooLargeError) return { ...base, formError: error.message };
    throw error;
  }
}
