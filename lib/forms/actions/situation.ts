"use server";
import { redirect } from "next/navigation";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { currentSnapshot } from "@/lib/queries/read-model";
import { createRecord } from "@/lib/write/records";
import { EDITOR_SITUATION_FIELDS, patchSituation } from "@/lib/write/situations";
import { kindsOf, recordFromForm, valuesFromForm } from "../field-spec";
import type { FormState } from "../form-state";
import { situationFieldOf, situationFields, situationFromForm } from "../situation-specs";
import { formStateFromError } from "../write-outcome";

/**
 * Opens a situation, or saves changes to one (admins), from its form: the
 * record goes through the importer like any other, with its revision and
 * audit entry; each refused field shows its reason next to it. An edit names
 * the tag the form was opened at, so a change made meanwhile is not lost.
 */
export async function saveSituation(context: { locale: string; id?: string; openedAtTag?: string }, _previous: FormState, formData: FormData): Promise<FormState> {
  // Opening one is an admin's; an editor changes what an existing one follows and shows.
  const auth = await actionWriter(context.id ? "editor" : "admin");
  const role = auth?.actor.user.role ?? "editor";
  const snapshot = await currentSnapshot();
  const kinds = kindsOf(situationFields(snapshot, { opening: !context.id, role }));
  const values = { ...valuesFromForm(formData, kinds), reason: String(formData.get("reason") ?? "") };
  const s = getStaffMessages();
  if (!auth) return { values, errors: {}, formError: s.forbidden };
  const whole = situationFromForm(recordFromForm(formData, kinds));
  const record = role === "admin" ? whole : Object.fromEntries(Object.entries(whole).filter(([field]) => (EDITOR_SITUATION_FIELDS as readonly string[]).includes(field)));
  const reason = String(formData.get("reason") ?? "").trim();
  let id = context.id;
  try {
    if (context.id) {
      if (!reason) return { values, errors: { reason: "is required" } };
      const { id: _id, ...fields } = record;
      await patchSituation(await getDb(), auth.writer, context.id, { reason, ...fields }, context.openedAtTag ?? null);
    } else {
      id = String(record.id ?? "");
      await createRecord(await getDb(), auth.writer, "situation", record, reason || "Opened in the editor");
    }
  } catch (error) {
    return formStateFromError(error, values, situationFieldOf);
  }
  redirect(`/${context.locale}/${id}`);
}
