import { z } from "zod";
import { versionedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { buildOverview } from "@/lib/queries/overview";
import { currentSnapshot, perVersionInLocale } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";

/** The overview's read model, with the data version it was built from, for open pages to follow. */
export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const snapshot = await currentSnapshot();
  return versionedJson(request, snapshot.version, () => ({ version: snapshot.version, ...perVersionInLocale(snapshot, "overview", () => buildOverview(snapshot)) }));
});
