import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { openWriteRoute } from "@/lib/http/write-route";
import { unsubscribe } from "@/lib/write/subscriptions";

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
