import { contentSecurityPolicy } from "@/lib/cache/content-security-policy.js";
import { versionedResponse } from "@/lib/http/cached-response";
import { readRoute } from "@/lib/http/read-route";
import { isLocale } from "@/lib/i18n/locales";
import { currentSituationSnapshot } from "@/lib/queries/situation-model";
import { scriptFreeBrief } from "@/lib/summary/script-free-brief";

/**
 * /{locale}/{situation}/summary as a document (the proxy sends it here): the
 * brief with no script at all, so its first load is its HTML, CSS and fonts.
 * Client-side navigation to the brief still gets the page itself.
 */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ locale: string; situation: string }> }) => {
  const { locale, situation } = await params;
  const snapshot = isLocale(locale) ? await currentSituationSnapshot(situation) : undefined;
  if (!isLocale(locale) || !snapshot) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { version } = snapshot;
  const { html, tag } = await scriptFreeBrief(version, locale, situation);
  return versionedResponse(
    request,
    version,
    "text/html; charset=utf-8",
    () => html,
    { "Content-Security-Policy": contentSecurityPolicy({ scripts: [], embed: false }) },
    tag,
  );
});
