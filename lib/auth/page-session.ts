import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { writerOf, type Writer } from "@/lib/write/writer";
import { actorOf, type Actor } from "./actor";
import { clientAddress } from "./request-facts";
import { hasRole, type Role } from "./roles";
import { SESSION_COOKIE } from "./sessions";

/** The signed-in account of this browser, for staff pages and server actions (cookie only: no tokens in browsers). */
export async function browserActor(): Promise<Actor | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? actorOf(await getDb(), new Headers(), token) : null;
}

/**
 * A staff page's guard: the sign-in page (and back here after) for nobody;
 * "forbidden" for the wrong role, which the page answers with a message.
 * Staff pages are rendered per request, never cached.
 */
export async function requireStaff(role: Role, locale: string, here: string): Promise<Actor | "forbidden"> {
  const actor = await browserActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(here)}`);
  return hasRole(actor.user.role, role) ? actor : "forbidden";
}

/**
 * A server action's guard, checked on every call: the page that showed the
 * form proves nothing. Next itself refuses actions posted from another origin.
 */
export async function actionWriter(role: Role): Promise<{ actor: Actor; writer: Writer } | null> {
  const actor = await browserActor();
  if (!actor || !hasRole(actor.user.role, role)) return null;
  return { actor, writer: writerOf(actor.user, clientAddress(await headers())) };
}
