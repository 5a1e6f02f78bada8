import { dataDateOf } from "@/lib/claims/data-date";
import { exportFileName } from "@/lib/export/file-name";
import { situationPackage } from "@/lib/export/package/situation-package";
import { versionedFile } from "@/lib/http/file-response";
import { situationOfRead } from "@/lib/http/situation-query";
import { readRoute } from "@/lib/http/read-route";
import { inLocale } from "@/lib/i18n/locale-scope";
import { isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { siteUrl } from "@/lib/site-url";

/**
 * A situation's data package (?lang=en|ar|ku for its README): claims,
 * sources, accounts and places as CSV with HXL, the places as GeoJSON, and a
 * README with the citation, licence, data date, rules and caveats. Built once
 * per data version and language; a repeat download is a 304.
 */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const lang = new URL(request.url).searchParams.get("lang") ?? "en";
  if (!isLocale(lang)) return Response.json({ error: `Unknown language '${lang}'.`, parameter: "lang" }, { status: 400 });
  const scoped = await situationOfRead(id);
  if (!scoped.ok) return scoped.response;
  const { snapshot } = scoped;
  // Only a configured address goes into the README: one from the request's headers would make (and keep) a file per host sent.
  const address = process.env.SITE_URL ? `${siteUrl().origin}${localizedPath(lang, `/${snapshot.situation.id}`)}` : undefined;
  return versionedFile(request, snapshot.version, {
    type: "application/zip",
    name: exportFileName({ situation: snapshot.situation.id, item: "data-package", date: dataDateOf(snapshot.claims.map((c) => c.reportedAt)) ?? "undated", ext: "zip" }),
    bytes: () => inLocale(lang, () => perVersionInLocale(snapshot, "package", () => situationPackage(snapshot, address))),
  });
});
