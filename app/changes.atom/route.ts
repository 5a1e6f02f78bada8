import { getDb } from "@/lib/db";
import { changesAtom } from "@/lib/export/changes-atom";
import { versionedResponse } from "@/lib/http/cached-response";
import { readRoute } from "@/lib/http/read-route";
import { requestOrigin } from "@/lib/site-url";
import { loadChanges } from "@/lib/queries/changes";
import { claimsLike } from "@/lib/queries/claim-groups";
import { currentSnapshot } from "@/lib/queries/read-model";
import { currentSituationSnapshot } from "@/lib/queries/situation-model";

/**
 * The latest changes as an Atom feed, built once per data version: of every
 * situation, of one (`?situation=`), or of one figure (`?figure=<claim id>`:
 * every claim about the same thing, so a new count of it is an entry).
 */
export const GET = readRoute(async (request: Request) => {
  // Read leniently: feed readers add their own parameters to a subscribed address.
  const params = new URL(request.url).searchParams;
  const situation = params.get("situation") ?? undefined;
  const figure = params.get("figure") ?? undefined;
  const snapshot = situation ? await currentSituationSnapshot(situation) : await currentSnapshot();
  if (!snapshot) return Response.json({ error: `No situation with id '${situation}'`, parameter: "situation" }, { status: 404 });
  const claim = figure ? snapshot.claimsById.get(figure) : undefined;
  if (figure && !claim) return Response.json({ error: `No claim with id '${figure}'`, parameter: "figure" }, { status: 404 });
  const claimIds = claim ? claimsLike(claim, snapshot).map((c) => c.id) : undefined;
  const { entries } = await loadChanges(await getDb(), snapshot, 1, situation, claimIds);
  const origin = requestOrigin(request);
  return versionedResponse(request, snapshot.version, "application/atom+xml; charset=utf-8", () => changesAtom(entries, origin));
});
