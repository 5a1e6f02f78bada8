"use server";
import { cookies } from "next/headers";
import { audit } from "@/lib/auth/audit";
import { actionWriter } from "@/lib/auth/page-session";
import { Password, verifyPassword } from "@/lib/auth/passwords";
import { endAccessOf } from "@/lib/auth/end-access";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { findUserForSignIn, setPassword } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { FormState } from "../form-state";

/** Changes the signed-in account's password: the current one first; every other session of it, and its API tokens, then end. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const s = getStaffMessages();
  const auth = await actionWriter("editor");
  if (!auth) return { values: {}, errors: {}, formError: s.signIn.title };
  const db = await getDb();
  const account = await findUserForSignIn(db, auth.actor.user.email);
  const current = String(formData.get("currentPassword") ?? "");
  if (!account || !(await verifyPassword(account.passwordHash, current))) return { values: {}, errors: { currentPassword: s.account.wrongPassword } };
  const next = Password.safeParse(formData.get("newPassword"));
  if (!next.success) return { values: {}, errors: { newPassword: next.error.issues[0].message } };
  await setPassword(db, account.id, next.data);
  await endAccessOf(db, account.id, (await cookies()).get(SESSION_COOKIE)?.value);
  await audit(db, { userId: account.id, actor: account.email, action: "password-changed", address: auth.writer.address });
  return { values: {}, errors: {}, notice: s.account.passwordChanged };
}
