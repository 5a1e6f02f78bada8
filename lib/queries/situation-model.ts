import { asc } from "drizzle-orm";
import { knownDataVersion } from "@/lib/data-version/known";
import { readSituationVersion } from "@/lib/data-version/store";
import { getDb } from "@/lib/db";
import { situationFromRow } from "@/lib/db/mappers";
import { situations as situationsTable } from "@/lib/db/schema";
import type { Situation } from "@/lib/model";
import { defaultSituationOf } from "@/lib/situations/membership";
import { loadSituationSnapshot, type SituationSnapshot } from "./snapshot";
import { patchedSituationSnapshot } from "./situation-refresh";

/** How many situations' read models a server keeps; the least recently read goes first. */
export const MAX_SITUATIONS_IN_MEMORY = 8;

interface Model {
  /** The data version the model was read at: its situation has not changed since. */
  loadedAt: number;
  snapshot: SituationSnapshot;
}

const state = globalThis as unknown as {
  sitrepSituationModels?: Map<string, Promise<Model | undefined>>;
  sitrepSituationReads?: Map<string, number>;
  sitrepSituationList?: { atLeast: number; list: Promise<Situation[]> };
};
const models = (state.sitrepSituationModels ??= new Map());
/** When each kept model was last read, for letting the oldest go. */
const lastRead = (state.sitrepSituationReads ??= new Map());

/**
 * One situation's read model, current at the newest known data version, or
 * undefined for a situation that does not exist. Built from the database when
 * first asked for and kept while its situation does not change: a write to
 * another situation costs it one look at `situation_versions`, not a rebuild
 * (DESIGN.md, "Read models are built per situation and data version"). An
 * unread situation holds nothing in memory; past MAX_SITUATIONS_IN_MEMORY the
 * least recently read is let go.
 */
export async function currentSituationSnapshot(situationId: string): Promise<SituationSnapshot | undefined> {
  const known = knownDataVersion();
  let pending = models.get(situationId);
  const settled = pending && (await pending.catch(() => undefined));
  if (!settled || settled.snapshot.version < known) {
    // Whoever asks first checks (and rebuilds if need be); everyone asking meanwhile waits for that one.
    const current = models.get(situationId);
    if (current === pending) {
      const next = refresh(situationId, known, settled);
      models.set(situationId, next);
      // A failed build, or a situation that does not exist, is not kept: the next request asks again.
      const forget = () => models.get(situationId) === next && models.delete(situationId);
      next.then((model) => model || forget(), forget);
      pending = next;
    } else pending = current;
  }
  const model = await pending;
  if (model) {
    lastRead.set(situationId, Date.now());
    evictBeyondLimit(situationId);
  }
  return model?.snapshot;
}

async function refresh(situationId: string, known: number, previous: Model | undefined): Promise<Model | undefined> {
  const db = await getDb();
  if (previous) {
    const changedIn = await readSituationVersion(db, situationId);
    if (changedIn !== null && changedIn <= previous.loadedAt) {
      // Unchanged since it was read: the same model, now known current at this version too.
      previous.snapshot.version = Math.max(previous.snapshot.version, known);
      return previous;
    }
  }
  // Changed since: patched from the revisions written meanwhile, or read again whole when they touch what every view shows.
  const snapshot = (previous && (await patchedSituationSnapshot(db, previous.snapshot, previous.loadedAt))) || (await loadSituationSnapshot(db, situationId));
  return snapshot && { loadedAt: snapshot.version, snapshot };
}

/** Lets go of the least recently read models past the limit; one being read now stays. */
function evictBeyondLimit(keep: string): void {
  const byAge = [...lastRead.entries()].filter(([id]) => id !== keep).sort((a, b) => a[1] - b[1]);
  while (models.size > MAX_SITUATIONS_IN_MEMORY && byAge.length) {
    const [oldest] = byAge.shift()!;
    models.delete(oldest);
    lastRead.delete(oldest);
  }
}

/** Every situation, in the order they were created: read once per data version (a few rows). */
export function currentSituations(): Promise<Situation[]> {
  const known = knownDataVersion();
  const cached = state.sitrepSituationList;
  if (cached && cached.atLeast >= known) return cached.list;
  const list = getDb().then((db) => db.select().from(situationsTable).orderBy(asc(situationsTable.position))).then((rows) => rows.map(situationFromRow));
  const entry = { atLeast: known, list };
  state.sitrepSituationList = entry;
  list.catch(() => {
    if (state.sitrepSituationList === entry) state.sitrepSituationList = undefined;
  });
  return list;
}

/** The situation a read names, or the default one when it names none: its read model, or undefined when there is none. */
export async function situationModelFor(situationId: string | undefined | null): Promise<SituationSnapshot | undefined> {
  const id = situationId ?? defaultSituationOf(await currentSituations())?.id;
  return id === undefined ? undefined : currentSituationSnapshot(id);
}

/** After a write: brings every kept situation model up to date (most only look at `situation_versions`), so their next reader does not wait. */
export function refreshKeptSituationModels(): void {
  for (const id of [...models.keys()]) void currentSituationSnapshot(id).catch(() => {});
}

/** The situations whose read models this server holds now, for the tests and the bench. */
export const keptSituationModels = (): string[] => [...models.keys()];
