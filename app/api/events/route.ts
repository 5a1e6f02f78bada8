import { z } from "zod";
import { getDb } from "@/lib/db";
import { cachedJson, jsonError } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { EventKind, Id } from "@/lib/model";
import { sortEventsInTime } from "@/lib/events/order";
import { loadSnapshot } from "@/lib/queries/snapshot";

const Query = z.object({ kind: EventKind.optional(), location: Id.optional() });

export async function GET(request: Request) {
  const query = parseQuery(new URL(request.url), Query, ["kind", "location"]);
  if (!query.ok) return query.response;
  const { kind, location } = query.value;
  const snapshot = await loadSnapshot(await getDb());
  if (location && !snapshot.locationsById.has(location)) {
    return jsonError(400, `Unknown location '${location}'`, { parameter: "location" });
  }
  const events = sortEventsInTime(snapshot.events).filter(
    (e) => (!kind || e.kind === kind) && (!location || e.locationIds.includes(location)),
  );
  return cachedJson(request, { events });
}
