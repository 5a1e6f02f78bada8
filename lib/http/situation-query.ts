import { currentSnapshot } from "@/lib/queries/read-model";
import { currentSituations, situationModelFor } from "@/lib/queries/situation-model";
import type { SituationSnapshot, Snapshot } from "@/lib/queries/snapshot";
import { jsonError } from "./cached-response";

type Scoped = { ok: true; snapshot: SituationSnapshot } | { ok: false; response: Response };

/**
 * The situation a single-situation read answers for: the one `situation=`
 * names, or without it the default one, so scripts written before there were
 * situations get the answers they always got. Its own read model
 * (lib/queries/situation-model.ts): a read of one situation never builds the
 * others'. An unknown id is a 404 that names it.
 */
export async function situationOfRead(id: string | undefined): Promise<Scoped> {
  const snapshot = await situationModelFor(id);
  if (snapshot) return { ok: true, snapshot };
  const known = (await currentSituations()).map((s) => s.id);
  return {
    ok: false,
    response: id
      ? jsonError(404, `No situation with id '${id}'`, { parameter: "situation", situations: known })
      : jsonError(404, "No situation is followed yet: an admin opens one with POST /api/situations", { parameter: "situation" }),
  };
}

type Listed = { ok: true; snapshot: Snapshot } | { ok: false; response: Response };

/**
 * What a list read spans: one situation's claims and accounts when
 * `situation=` names it, else every situation's, as before there were any.
 */
export async function scopeOfList(id: string | undefined): Promise<Listed> {
  if (id === undefined) return { ok: true, snapshot: await currentSnapshot() };
  return situationOfRead(id);
}
