import { scopedSnapshot } from "@/lib/situations/scope";
import type { SituationSnapshot, Snapshot } from "@/lib/queries/snapshot";
import { jsonError } from "./cached-response";

type Scoped = { ok: true; snapshot: SituationSnapshot } | { ok: false; response: Response };

/**
 * The situation a single-situation read answers for: the one `situation=`
 * names, or without it the default one, so scripts written before there were
 * situations get the answers they always got. An unknown id is a 404 that
 * names it; a database with no situation has nothing to answer.
 */
export function situationOfRead(snapshot: Snapshot, id: string | undefined): Scoped {
  const scoped = scopedSnapshot(snapshot, id);
  if (scoped) return { ok: true, snapshot: scoped };
  return {
    ok: false,
    response: id
      ? jsonError(404, `No situation with id '${id}'`, { parameter: "situation", situations: snapshot.situations.map((s) => s.id) })
      : jsonError(404, "No situation is followed yet: an admin opens one with POST /api/situations", { parameter: "situation" }),
  };
}

type Listed = { ok: true; snapshot: Snapshot } | { ok: false; response: Response };

/**
 * What a list read spans: one situation's claims and accounts when
 * `situation=` names it, else every situation's, as before there were any.
 */
export function scopeOfList(snapshot: Snapshot, id: string | undefined): Listed {
  if (id === undefined) return { ok: true, snapshot };
  return situationOfRead(snapshot, id);
}
