"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken, TokenName } from "@/lib/auth/api-tokens";
import { audit } from "@/lib/auth/audit";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { FormState } from "../form-state";

export interface TokenFormState extends FormState {
  /** The new secret: in this answer only. */
  token?: string;
}

export async function createTokenAction(context: { page: string }, _previous: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const auth = await actionWriter("editor");
  if (!auth) return { values: {}, errors: {}, formError: getStaffMessages().signIn.title };
  const name = TokenName.safeParse(formData.get("name"));
  if (!name.success) return { values: { name: String(formData.get("name") ?? "") }, errors: { name: name.error.issues[0].message } };
  const db = await getDb();
  const { token, info } = await createApiToken(db, auth.actor.user.id, name.data);
  await audit(db, { userId: auth.actor.user.id, actor: auth.actor.user.email, action: "token-created", target: `token:${info.id}`, address: auth.writer.address, detail: { name: name.data } });
  revalidatePath(context.page);
  return { values: {}, errors: {}, token };
}

export async function revokeTokenAction(context: { id: number; page: string }): Promise<void> {
  const auth = await actionWriter("editor");
  if (!auth) return;
  const db = await getDb();
  if (await revokeApiToken(db, auth.actor.user.id, context.id)) {
    await audit(db, { userId: auth.actor.user.id, actor: auth.actor.user.email, action: "token-revoked", target: `token:${context.id}`, address: auth.writer.address });
  }
  revalidatePath(context.page);
}
