import { z } from "zod";
import { versionedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { buildOverview } from "@/lib/queries/overview";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";
import { situationOfRead } from "@/lib/http/situation-query";

/** A situation's overview (`situation=`, else the default one), with the data version it was built from, for open pages to follow. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({ situation: z.string().optional() }), ["situation"]);
  if (!query.ok) return query.response;
  const scoped = await situationOfRead(query.value.situation);
  if (!scoped.ok) return scoped.response;
  const { snapshot } = scoped;
  return versionedJson(request, snapshot.version, () => ({
    version: snapshot.version,
    situation: snapshot.situation.id,
    ...perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot)),
  }));
});
