"use server";
import { revalidatePath } from "next/cache";
import { audit } from "@/lib/auth/audit";
import { actionWriter } from "@/lib/auth/page-session";
import { endAccessOf } from "@/lib/auth/end-access";
import { Password } from "@/lib/auth/passwords";
import { createUser, EmailTakenError, findUser, NewUser, setPassword, setUserDisabled } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { parseRecordId } from "@/lib/http/record-id";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { FormState } from "../form-state";

export async function createUserAction(context: { page: string }, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "editor") };
  const auth = await actionWriter("admin");
  if (!auth) return { values, errors: {}, formError: getStaffMessages().forbidden };
  const parsed = NewUser.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return { values, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  const db = await getDb();
  try {
    const user = await createUser(db, parsed.data);
    await audit(db, { userId: auth.actor.user.id, actor: auth.actor.user.email, action: "user-created", target: user.email, address: auth.writer.address, detail: { role: user.role } });
  } catch (error) {
    if (error instanceof EmailTakenError) return { values, errors: { email: error.message } };
    throw error;
  }
  revalidatePath(context.page);
  return { values: {}, errors: {}, notice: getStaffMessages().form.saved };
}

export async function setDisabledAction(context: { id: number; disabled: boolean; page: string }): Promise<void> {
  const auth = await actionWriter("admin");
  if (!auth || (context.id === auth.actor.user.id && context.disabled)) return;
  const db = await getDb();
  const user = await setUserDisabled(db, context.id, context.disabled);
  if (!user) return;
  if (context.disabled) await endAccessOf(db, context.id);
  await audit(db, { userId: auth.actor.user.id, actor: auth.actor.user.email, action: context.disabled ? "user-disabled" : "user-enabled", target: user.email, address: auth.writer.address });
  revalidatePath(context.page);
}

/** An admin sets a new password for an account (a forgotten one): its sessions and API tokens end; the admin passes it on. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const s = getStaffMessages();
  const values = { userId: String(formData.get("userId") ?? "") };
  const auth = await actionWriter("admin");
  if (!auth) return { values, errors: {}, formError: s.forbidden };
  const db = await getDb();
  const userId = parseRecordId(values.userId);
  const user = userId === null ? null : await findUser(db, userId);
  if (!user) return { values, errors: { userId: s.users.chooseAccount } };
  const password = Password.safeParse(formData.get("newPassword"));
  if (!password.success) return { values, errors: { newPassword: password.error.issues[0].message } };
  await setPassword(db, user.id, password.data);
  await endAccessOf(db, user.id);
  await audit(db, { userId: auth.actor.user.id, actor: auth.actor.user.email, action: "password-reset", target: user.email, address: auth.writer.address });
  return { values: {}, errors: {}, notice: s.users.passwordReset(user.email) };
}
