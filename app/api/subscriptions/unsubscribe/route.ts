import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { subscriptions } from "@/lib/db/schema";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { openWriteRoute } from "@/lib/http/write-route";
import { unsubscribe } from "@/lib/write/subscriptions";

/** A mail client that opens the List-Unsubscribe address: the page with the button (opening it changes nothing). */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const id = url.searchParams.get("id") ?? "";
  const query = new URLSearchParams({ id, token: url.searchParams.get("token") ?? "" });
  const [row] = id ? await (await getDb()).select({ locale: subscriptions.locale }).from(subscriptions).where(eq(subscriptions.id, id)) : [];
  const locale = row && isLocale(row.locale) ? row.locale : "en";
  return new Response(null, { status: 303, headers: { Location: localizedPath(locale, `/subscriptions/unsubscribe?${query}`), "Cache-Control": "no-store" } });
}

/**
 * Ends an email subscription in one click. A mail client's one-click
 * unsubscribe (RFC 8058) POSTs `List-Unsubscribe=One-Click` to the address in
 * the message, which carries `id` and `token`: 200. The page's button posts
 * them as form fields: 303 to the page that says it is done.
 */
export const POST = openWriteRoute(async ({ db }, request: Request) => {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => new FormData());
  const id = url.searchParams.get("id") ?? String(form.get("id") ?? "");
  const token = url.searchParams.get("token") ?? String(form.get("token") ?? "");
  const subscription = await unsubscribe(db, id, token);
  if (form.get("List-Unsubscribe") === "One-Click") return Response.json({ status: "ended" });
  const locale = isLocale(subscription.locale) ? subscription.locale : "en";
  return new Response(null, { status: 303, headers: { Location: localizedPath(locale, `/subscriptions/unsubscribe?done=1&situation=${encodeURIComponent(subscription.situationId)}`) } });
});
