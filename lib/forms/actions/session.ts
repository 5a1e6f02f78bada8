"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { audit } from "@/lib/auth/audit";
import { actorOf } from "@/lib/auth/actor";
import { clientAddress, isHttps } from "@/lib/auth/request-facts";
import { deleteSession, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/sessions";
import { Credentials, signIn } from "@/lib/auth/sign-in";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import type { FormState } from "../form-state";

/** Only a path on this site: a sign-in link must not send people elsewhere. */
function safeNext(next: string, locale: string): string {
  return /^\/[a-z]{2}(\/|$)/.test(next) && !next.startsWith("//") ? next : `/${locale}/account`;
}

export async function signInAction(context: { locale: string; next: string }, _previous: FormState, formData: FormData): Promise<FormState> {
  const s = getStaffMessages().signIn;
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = Credentials.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { values, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])) };
  }
  const requestHeaders = await headers();
  const outcome = await signIn(await getDb(), parsed.data, clientAddress(requestHeaders));
  if (!outcome.ok) return { values, errors: {}, formError: outcome.reason === "paused" ? s.paused(Math.ceil(outcome.retryAfterSeconds / 60)) : s.wrong };
  const jar = await cookies();
  const secure = isHttps(requestHeaders, "");
  jar.set(SESSION_COOKIE, outcome.sessionToken, sessionCookieOptions(secure));
  // Not a secret: tells the readers' pages, which are the same for everyone, to ask who is signed in.
  jar.set(SIGNED_IN_HINT, "1", { ...sessionCookieOptions(secure), httpOnly: false });
  redirect(safeNext(context.next, context.locale));
}

export async function signOutAction(context: { locale: string }): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) {
    const db = await getDb();
    const actor = await actorOf(db, new Headers(), token);
    await deleteSession(db, token);
    if (actor) await audit(db, { userId: actor.user.id, actor: actor.user.email, action: "sign-out", address: clientAddress(await headers()) });
  }
  jar.delete(SESSION_COOKIE);
  jar.delete(SIGNED_IN_HINT);
  redirect(`/${context.locale}`);
}
