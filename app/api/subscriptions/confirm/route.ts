import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { openWriteRoute } from "@/lib/http/write-route";
import { confirmSubscription } from "@/lib/write/subscriptions";

/**
 * Confirms an email subscription: the form on the page the confirmation link
 * opens posts `id` and `token` here (a link alone changes nothing, so a mail
 * scanner that follows it subscribes no one). Answers the page that says so.
 */
export const POST = openWriteRoute(async ({ db }, request: Request) => {
  const form = await request.formData().catch(() => new FormData());
  const subscription = await confirmSubscription(db, String(form.get("id") ?? ""), String(form.get("token") ?? ""));
  const locale = isLocale(subscription.locale) ? subscription.locale : "en";
  return new Response(null, { status: 303, headers: { Location: localizedPath(locale, `/subscriptions/confirm?done=1&situation=${encodeURIComponent(subscription.situationId)}`) } });
});
