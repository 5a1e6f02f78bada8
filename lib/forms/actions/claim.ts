"use server";
import { redirect } from "next/navigation";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { Figure } from "@/lib/model";
import { currentSnapshot } from "@/lib/queries/read-model";
import { createFigure, patchFigure, type FigurePatch } from "@/lib/write/figures";
import { readerImpact } from "@/lib/write/reader-impact";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { kindsOf, recordFromForm, valuesFromForm } from "../field-spec";
import { newClaimDefaults } from "../claim-values";
import type { FieldValue, FormState } from "../form-state";
import { newId } from "@/lib/write/new-id";
import { claimFields } from "../record-specs";
import { parseRecordId } from "@/lib/http/record-id";
import { formStateFromError } from "../write-outcome";
import { StaleWriteError } from "@/lib/write/errors";

/** What the claims of one report share: kept in the form after a save, for its next number. */
const REPORT_FIELDS = ["sourceId", "via", "url", "reportedAt", "dateNote", "quoteLanguage", "locationIds", "situationIds"];

export interface ClaimFormContext {
  locale: string;
  /** The claim being revised, and the version the form was opened at; null for a new claim. */
  id: string | null;
  figureVersion: number | null;
}

/**
 * Saves the claim form: validated by the same schema as the API, then, if it
 * would change a headline, said so and saved only when confirmed; then to the
 * claim's page, which shows it at once.
 */
export async function saveClaim(context: ClaimFormContext, _previous: FormState, formData: FormData): Promise<FormState> {
  const s = getStaffMessages();
  const auth = await actionWriter("editor");
  const snapshot = await currentSnapshot();
  const kinds = kindsOf(claimFields(snapshot));
  const values = { ...valuesFromForm(formData, kinds), reason: String(formData.get("reason") ?? "") };
  if (!auth) return { values, errors: {}, formError: s.signIn.title };
  const record = recordFromForm(formData, kinds);
  // No situation ticked: the claim belongs where unassigned records do (lib/situations/membership.ts).
  if (Array.isArray(record.situationIds) && record.situationIds.length === 0) delete record.situationIds;
  const reason = String(formData.get("reason") ?? "").trim();
  const id = context.id ?? (record.id as string | undefined) ?? newId([record.sourceId as string, record.indicator as string, record.group as string, record.reportedAt as string], (x) => snapshot.claimsById.has(x));
  const candidate = { ...record, id };
  const checked = Figure.safeParse(candidate);
  if (!checked.success || (context.id && !reason)) {
    const errors: Record<string, string> = {};
    for (const issue of checked.success ? [] : checked.error.issues) errors[String(issue.path[0] ?? "id")] ??= issue.message;
    if (context.id && !reason) errors.reason = "is required";
    return { values, errors };
  }
  // A form opened before someone else's save is a conflict first: what it would change for readers is computed from a stale claim.
  const openedAtVersion = context.id ? parseRecordId(formData.get("figureVersion")) : null;
  const storedVersion = context.id ? (snapshot.figureVersions.get(context.id) ?? 0) : 0;
  if (context.id && openedAtVersion !== null && openedAtVersion !== storedVersion) return formStateFromError(new StaleWriteError(context.id, storedVersion), values);
  const impact = readerImpact(snapshot, checked.data);
  if (formData.get("confirmed") !== "1" && impact) return { values, errors: {}, confirm: impact };
  try {
    const db = await getDb();
    if (context.id === null) {
      await createFigure(db, auth.writer, { ...candidate, ...(reason ? { reason } : {}) });
      // The next number of the same report: its source, page, date and places stay; what readers now see is said.
      const sent: Record<string, FieldValue> = values;
      const kept = Object.fromEntries(REPORT_FIELDS.filter((name) => name in sent).map((name) => [name, sent[name]]));
      return { values: { ...newClaimDefaults, ...kept }, errors: {}, notice: `${s.claim.savedNew}\n${s.intake.readersSee} ${impact ?? s.intake.noChangeForReaders}`, savedHref: `/figures/${id}` };
    } else {
      // Every field of the form: one left empty clears what was stored.
      const patch: Record<string, unknown> = { reason };
      for (const name of Object.keys(kinds)) if (name !== "id") patch[name] = record[name] ?? null;
      // The same places in another order are no change (a multiple choice sends them in list order).
      const stored = snapshot.claimsById.get(context.id);
      const places = patch.locationIds as string[] | null;
      if (stored && places && places.length === stored.locationIds.length && places.every((p) => stored.locationIds.includes(p))) patch.locationIds = stored.locationIds;
      // The version the form was opened at, not the page's latest: an edit made meanwhile (another tab, a revert) is a conflict, never overwritten.
      const openedAt = parseRecordId(formData.get("figureVersion"));
      await patchFigure(db, auth.writer, context.id, patch as FigurePatch, openedAt ?? context.figureVersion);
    }
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/${context.locale}/figures/${id}`);
}
