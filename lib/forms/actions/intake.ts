"use server";
import { z } from "zod";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { getMessages } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { inLocale } from "@/lib/i18n/locale-scope";
import { formatQualified } from "@/lib/format/qualified-number";
import { ImportValidationError } from "@/lib/import/errors";
import { intakeContext } from "@/lib/intake/context";
import { DocumentFileError, documentText } from "@/lib/intake/document-text";
import { extractCandidates } from "@/lib/intake/extract";
import { Figure, NewDocument } from "@/lib/model";
import { situationModelFor } from "@/lib/queries/situation-model";
import { currentSnapshot } from "@/lib/queries/read-model";
import { archiveDocument, storedDocument } from "@/lib/write/documents";
import { WriteConflictError } from "@/lib/write/errors";
import { createFigures, newFigureIds } from "@/lib/write/figures";
import { readerImpact } from "@/lib/write/reader-impact";
import type { CandidatesSaveState, ReportReadState } from "../intake-state";
import { quoteLanguageOf } from "@/lib/intake/quote-language";

export interface IntakeContextOfForm {
  locale: string;
  situationId: string;
}

const DOCUMENT_FIELDS = ["text", "url", "outlet", "publishedAt", "language"] as const;

/** Archives the pasted or uploaded report and proposes a claim for each figure in it. */
export async function readReport(context: IntakeContextOfForm, previous: ReportReadState, formData: FormData): Promise<ReportReadState> {
  return inLocale(localeOf(context), () => readReportInLocale(context, previous, formData));
}

/** An action does not run inside the page's locale: its messages and reader-facing words take the form's. */
const localeOf = (context: IntakeContextOfForm): Locale => (isLocale(context.locale) ? context.locale : "en");

async function readReportInLocale(context: IntakeContextOfForm, _previous: ReportReadState, formData: FormData): Promise<ReportReadState> {
  const s = getStaffMessages();
  const values: Record<string, string> = {};
  for (const name of DOCUMENT_FIELDS) values[name] = String(formData.get(name) ?? "");
  const auth = await actionWriter("editor");
  if (!auth) return { values, errors: {}, formError: s.signIn.title };
  const fields: Record<string, string> = { situation: context.situationId };
  for (const name of DOCUMENT_FIELDS) if (values[name].trim()) fields[name] = values[name];
  const file = formData.get("file");
  if (file && typeof file !== "string" && file.size > 0) {
    try {
      fields.text = await documentText(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      if (error instanceof DocumentFileError) return { values, errors: { file: error.message } };
      throw error;
    }
  }
  const input = NewDocument.safeParse(fields);
  if (!input.success) return { values, errors: Object.fromEntries(input.error.issues.map((issue) => [String(issue.path[0] ?? "text"), issue.message])) };
  const snapshot = await situationModelFor(context.situationId);
  if (!snapshot) return { values, errors: {}, formError: `No situation with id '${context.situationId}'` };
  try {
    const { document } = await archiveDocument(await getDb(), auth.writer, { ...input.data, situation: context.situationId });
    // Read against the stored document's outlet: a text archived before keeps what it was archived with.
    return { values: { ...values, text: input.data.text }, errors: {}, document, candidates: extractCandidates(input.data.text, intakeContext(snapshot, document.outlet)) };
  } catch (error) {
    if (error instanceof z.ZodError) return { values, errors: Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
    throw error;
  }
}

/** "155,000" and "155000" as a number; anything else stays text, so validation names it. */
const numberOf = (text: string) => (/^\d[\d,.\s]*$/.test(text.trim()) ? Number(text.replace(/[,\s]/g, "")) : text.trim() || undefined);

/** The candidates' fields as sent ("0.value", "0.locationIds"), to show them again after a refused save. */
function sentValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) if (/^\d+\./.test(key)) values[key] = key.endsWith(".locationIds") ? formData.getAll(key).map(String) : String(formData.get(key));
  return values;
}

/** How a claim's report date is known, said as it is (stored in English, as every date note). */
function dateNote(reportedAt: string, document: { publishedAt?: string; archivedAt: string }): string {
  if (!reportedAt) return "No date given";
  if (reportedAt === document.publishedAt) return "Publication date given when the report was archived";
  if (!document.publishedAt && reportedAt === document.archivedAt.slice(0, 10)) return "No date on the report: the day it was archived";
  return "Date entered by the editor from the report";
}

/**
 * Saves the ticked candidates as claims of the situation, in one write: each
 * quoted from the archived document (a quote not in it is refused), linked to
 * it, with its outlet as the relay when someone else said it. Answers what
 * readers now see.
 */
export async function saveCandidates(context: IntakeContextOfForm, previous: CandidatesSaveState, formData: FormData): Promise<CandidatesSaveState> {
  return inLocale(localeOf(context), () => saveCandidatesInLocale(context, previous, formData));
}

async function saveCandidatesInLocale(context: IntakeContextOfForm, _previous: CandidatesSaveState, formData: FormData): Promise<CandidatesSaveState> {
  const s = getStaffMessages();
  const auth = await actionWriter("editor");
  if (!auth) return { errors: {}, formError: s.signIn.title };
  const db = await getDb();
  const documentId = String(formData.get("documentId") ?? "");
  const document = await storedDocument(db, documentId);
  if (!document) return { errors: {}, formError: `No document with id '${documentId}'` };
  const field = (i: string, name: string) => String(formData.get(`${i}.${name}`) ?? "").trim();
  const kept = formData.getAll("candidate").map(String).filter((i) => formData.get(`${i}.keep`) === "on");
  if (!kept.length) return { errors: {}, values: sentValues(formData), formError: s.intake.nothingTicked };

  const values = sentValues(formData);
  const errors: Record<string, string> = {};
  const records = kept.map((i) => {
    const quote = String(formData.get(`${i}.quote`) ?? "");
    const sourceId = field(i, "sourceId");
    const record: Record<string, unknown> = {
      indicator: field(i, "indicator") || undefined,
      group: field(i, "group") || undefined,
      value: numberOf(field(i, "value")),
      valueHigh: numberOf(field(i, "valueHigh")),
      qualifier: field(i, "qualifier"),
      unit: field(i, "unit"),
      locationIds: formData.getAll(`${i}.locationIds`).map(String),
      reportedAt: field(i, "reportedAt") || undefined,
      dateNote: dateNote(field(i, "reportedAt"), document),
      sourceId: sourceId || undefined,
      via: document.outlet && document.outlet !== sourceId ? document.outlet : undefined,
      url: document.url,
      quote,
      quoteLanguage: quoteLanguageOf(quote, document.language),
      translation: field(i, "translation") || undefined,
      status: "current",
      situationIds: [context.situationId],
      documentId: document.id,
    };
    const checked = Figure.safeParse({ ...record, id: "candidate" });
    for (const issue of checked.success ? [] : checked.error.issues) errors[`${i}.${String(issue.path[0])}`] ??= issue.message;
    if (!document.text.includes(quote)) errors[`${i}.quote`] = s.intake.quoteNotInDocument;
    return record;
  });
  if (Object.keys(errors).length) return { errors, values };

  // What readers will see, worked out before the write against what they see now.
  const snapshot = await currentSnapshot();
  const ids = await newFigureIds(db, records);
  const readersSee = records.map((record, n) => readerImpact(snapshot, Figure.parse({ ...record, id: ids[n] }))).filter((text): text is string => Boolean(text));
  try {
    await createFigures(db, auth.writer, records, "Added from an archived report", ids);
    const locale = localeOf(context);
    const t = getMessages(locale);
    const label = (record: Record<string, unknown>) => {
      const claim = Figure.parse({ ...record, id: "label" });
      const unit = claim.unit === "households" ? ` ${t.unit.households}` : "";
      return `${snapshot.sourcesById.get(claim.sourceId)?.short ?? claim.sourceId}: ${t.indicator[claim.indicator].toLowerCase()} (${t.group[claim.group]}), ${formatQualified(claim, locale)}${unit}`;
    };
    return { errors: {}, saved: ids.map((id, n) => ({ id, label: label(records[n]) })), readersSee };
  } catch (error) {
    if (error instanceof ImportValidationError) {
      for (const e of error.errors) errors[`${kept[e.row - 1] ?? kept[0]}.${e.column.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase())}`] ??= e.message;
      return { errors, values };
    }
    if (error instanceof WriteConflictError) return { errors: {}, values, formError: error.message };
    throw error;
  }
}
