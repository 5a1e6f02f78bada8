import { z } from "zod";
import { jsonError, versionedJson } from "@/lib/http/cached-response";
import { parseQuery } from "@/lib/http/query-params";
import { readRoute } from "@/lib/http/read-route";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { currentSituations } from "@/lib/queries/situation-model";
import { knownDataVersion } from "@/lib/data-version/known";
import { EDITOR_SITUATION_FIELDS, fieldsBeyondRole, patchSituation, SituationPatch, situationTag, situationTagFromIfMatch } from "@/lib/write/situations";

/** One situation's record as stored, with its ETag for an edit. */
export const GET = readRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = parseQuery(new URL(request.url), z.object({}), []);
  if (!query.ok) return query.response;
  const situations = await currentSituations();
  const situation = situations.find((s) => s.id === id);
  if (!situation) return jsonError(404, `No situation with id '${id}'`, { situations: situations.map((s) => s.id) });
  return versionedJson(request, knownDataVersion(), () => situation, situationTag(situation));
});

/**
 * Revises a situation: the fields to change and `reason`. Editors change what
 * it follows and shows (places, facilities, headline figures, charts, map);
 * admins anything, and archive it with `{"status": "archived"}`. If-Match must
 * carry the ETag GET gave: a situation changed since is a 409 with its current
 * tag, and nothing is written.
 */
export const PATCH = writeRoute("editor", async ({ db, writer, actor }, request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const expected = situationTagFromIfMatch(request.headers.get("if-match"));
  if (expected === null) return Response.json({ error: "Send If-Match with the ETag GET /api/situations/:id gave, so a change made meanwhile is not lost." }, { status: 428 });
  const patch = SituationPatch.parse(await jsonBody(request));
  const beyond = fieldsBeyondRole(patch, actor.user.role);
  if (beyond.length) return Response.json({ error: `Only an admin may change ${beyond.join(", ")}; an editor may change ${EDITOR_SITUATION_FIELDS.join(", ")}.`, fields: beyond }, { status: 403 });
  const { result, tag } = await patchSituation(db, writer, id, patch, expected === "any" ? null : expected);
  return Response.json({ id, dataVersion: result.version ?? null, changes: result.updated[0]?.changes ?? {} }, { headers: { ETag: `"${tag}"` } });
});
