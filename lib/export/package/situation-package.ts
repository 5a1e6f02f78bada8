import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { dataDateOf } from "@/lib/claims/data-date";
import { citationText } from "@/lib/export/citation";
import { figuresToCsv } from "@/lib/export/figures-csv";
import { locationsToGeoJson } from "@/lib/export/locations-geojson";
import { getMessages } from "@/lib/i18n/messages";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { placesOfSituation } from "@/lib/intake/context";
import type { Location, Source } from "@/lib/model";
import { reportedClaimsOf } from "@/lib/queries/figures";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { situationTitle } from "@/lib/situations/texts";
import { eventsCsv, placesCsv, sourcesCsv } from "./package-tables";
import { packageReadme } from "./package-readme";

/** Kept beside the code that applies them, so the package always states the rules this build applies. */
const RULES_FILE = path.join(process.cwd(), "lib/claims/README.md");

/** The sources a situation's claims and accounts cite, with the bodies they are part of. */
function citedSources(snapshot: SituationSnapshot): Source[] {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    for (let at = id; at && !ids.has(at); at = snapshot.sourcesById.get(at)?.partOf) ids.add(at);
  };
  const cited = [...snapshot.claims.flatMap((c) => (c.kind === "reported" ? [c] : [])), ...snapshot.events];
  for (const record of cited) {
    add(record.sourceId);
    add(record.via);
  }
  return snapshot.sources.filter((s) => ids.has(s.id));
}

/** The situation's places and every place its claims and accounts name. */
function placesOf(snapshot: SituationSnapshot): Location[] {
  const own = new Set(placesOfSituation({ situation: snapshot.situation, locations: snapshot.locations, firstSituationId: snapshot.situations[0]?.id }).map((p) => p.id));
  for (const claim of snapshot.claims) for (const id of claim.locationIds) own.add(id);
  for (const event of snapshot.events) for (const id of event.locationIds) own.add(id);
  return snapshot.locations.filter((p) => own.has(p.id));
}

/**
 * One download per situation: its claims, sources, accounts and places as CSV
 * with HXL hashtags, the places as GeoJSON, and a README with the citation,
 * licence, data date, rules and caveats, in the reader's language.
 */
export async function situationPackage(snapshot: SituationSnapshot, url?: string): Promise<Uint8Array> {
  const t = getMessages();
  const reported = snapshot.claims.filter((c) => c.kind === "reported");
  const claims = reportedClaimsOf(reported);
  const sources = citedSources(snapshot);
  const places = placesOf(snapshot);
  const dataDate = dataDateOf(snapshot.claims.map((c) => c.reportedAt));
  const title = situationTitle(snapshot.situation);
  const short = (id: string | undefined) => (id ? (snapshot.sourcesById.get(id)?.short ?? id) : undefined);
  const citation = citationText(
    {
      title,
      originalSources: [...new Set(reported.map((c) => short(snapshot.voiceOf(c))!))],
      relays: [...new Set(claims.flatMap((c) => (c.via ? [short(c.via)!] : [])))],
      url,
    },
    t,
  );
  const zip = new JSZip();
  // One fixed date for every entry: the same data makes the same bytes.
  const date = new Date(`${dataDate ?? "2000-01-01"}T00:00:00Z`);
  const put = (name: string, text: string) => zip.file(name, text, { date });
  put("README.md", packageReadme({ title, citation, licence: t.charts.licence, dataDate, rules: await readFile(RULES_FILE, "utf8"), url }, getOutgoingMessages().package, t.locale));
  put("claims.csv", figuresToCsv(claims, (id) => snapshot.locationsById.get(id)?.name ?? id));
  put("sources.csv", sourcesCsv(sources));
  put("events.csv", eventsCsv(snapshot.events));
  put("places.csv", placesCsv(places));
  put("places.geojson", JSON.stringify(locationsToGeoJson(places), null, 1));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
