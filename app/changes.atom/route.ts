import { getDb } from "@/lib/db";
import { changesAtom } from "@/lib/export/changes-atom";
import { versionedResponse } from "@/lib/http/cached-response";
import { readRoute } from "@/lib/http/read-route";
import { requestOrigin } from "@/lib/site-url";
import { loadChanges } from "@/lib/queries/changes";
import { currentSnapshot } from "@/lib/queries/read-model";

/** The latest changes to the figures as an Atom feed, built once per data version. */
export const GET = readRoute(async (request: Request) => {
  const snapshot = await currentSnapshot();
  const { entries } = await loadChanges(await getDb(), snapshot, 1);
  const origin = requestOrigin(request);
  return versionedResponse(request, snapshot.version, "application/atom+xml; charset=utf-8", () => changesAtom(entries, origin));
});
