import { getDb } from "@/lib/db";
import { changesAtom } from "@/lib/export/changes-atom";
import { versionedResponse } from "@/lib/http/cached-response";
import { readRoute } from "@/lib/http/read-route";
import { requestOrigin } from "@/lib/site-url";
import { loadChanges } from "@/lib/queries/changes";
import { currentSnapshot } from "@/lib/queries/read-model";
import { currentSituationSnapshot } from "@/lib/queries/situation-model";

/** The latest changes as an Atom feed, of every situation or of one (`?situation=`), built once per data version. */
export const GET = readRoute(async (request: Request) => {
  // Read leniently: feed readers add their own parameters to a subscribed address.
  const situation = new URL(request.url).searchParams.get("situation") ?? undefined;
  const snapshot = situation ? await currentSituationSnapshot(situation) : await currentSnapshot();
  if (!snapshot) return Response.json({ error: `No situation with id '${situation}'`, parameter: "situation" }, { status: 404 });
  const { entries } = await loadChanges(await getDb(), snapshot, 1, situation);
  const origin = requestOrigin(request);
  return versionedResponse(request, snapshot.version, "application/atom+xml; charset=utf-8", () => changesAtom(entries, origin));
});
