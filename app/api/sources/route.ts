import { z } from "zod";
import { versionedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { currentSnapshot } from "@/lib/queries/read-model";
import { readRoute } from "@/lib/http/read-route";

export const GET = readRoute(async (request: Request) => {
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const snapshot = await currentSnapshot();
  return versionedJson(request, snapshot.version, () => ({ sources: snapshot.sources }));
});
