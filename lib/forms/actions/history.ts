"use server";
import { revalidatePath } from "next/cache";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { dismissDisagreement } from "@/lib/write/dismiss-flag";
import { patchFigure } from "@/lib/write/figures";
import { revertRevision } from "@/lib/write/revert";
import { supersedePart } from "@/lib/write/supersede-part";
import type { FormState } from "../form-state";
import { formStateFromError } from "../write-outcome";

const signInAgain = (): FormState => ({ values: {}, errors: {}, formError: getStaffMessages().signIn.title });

/** Undoes one revision from a record's history, with the editor's reason; the page shows the new history. */
export async function revertAction(context: { revisionId: number; page: string }, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await actionWriter("editor");
  if (!auth) return signInAgain();
  const reason = String(formData.get("reason") ?? "").trim();
  if (!reason) return { values: {}, errors: { reason: "is required" } };
  try {
    await revertRevision(await getDb(), auth.writer, context.revisionId, reason);
  } catch (error) {
    return formStateFromError(error, { reason });
  }
  revalidatePath(context.page);
  return { values: {}, errors: {}, notice: getStaffMessages().history.reverted };
}

/** Keeps the headline as it is and stops the card flagging this claim. */
export async function dismissAction(context: { figureId: string; headlineId: string; page: string }, _previous: FormState, _formData: FormData): Promise<FormState> {
  const auth = await actionWriter("editor");
  if (!auth) return signInAgain();
  await dismissDisagreement(await getDb(), auth.writer, context.figureId, context.headlineId);
  revalidatePath(context.page);
  return { values: {}, errors: {}, notice: getStaffMessages().form.saved };
}

/** A source's newer count replaces the part of a total it counts again: the part and the total are superseded. */
export async function supersedePartAction(context: { figureId: string; partId: string; page: string }, _previous: FormState, _formData: FormData): Promise<FormState> {
  const auth = await actionWriter("editor");
  if (!auth) return signInAgain();
  try {
    await supersedePart(await getDb(), auth.writer, context.figureId, context.partId);
  } catch (error) {
    return formStateFromError(error, {});
  }
  revalidatePath(context.page);
  return { values: {}, errors: {}, notice: getStaffMessages().form.saved };
}

/** Makes this claim the headline of what it counts, with the editors' reason. */
export async function pinAction(context: { figureId: string; figureVersion: number; page: string }, _previous: FormState, formData: FormData): Promise<FormState> {
  const auth = await actionWriter("editor");
  if (!auth) return signInAgain();
  const pinnedReason = String(formData.get("pinnedReason") ?? "").trim();
  if (!pinnedReason) return { values: {}, errors: { pinnedReason: "is required" } };
  try {
    await patchFigure(await getDb(), auth.writer, context.figureId, { pinnedReason, reason: `Pinned as headline: ${pinnedReason}` }, context.figureVersion);
  } catch (error) {
    return formStateFromError(error, { pinnedReason });
  }
  revalidatePath(context.page);
  return { values: {}, errors: {}, notice: getStaffMessages().form.saved };
}
