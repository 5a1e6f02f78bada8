import { knownDataVersion } from "@/lib/data-version/known";
import { getDb } from "@/lib/db";
import { currentLocale } from "@/lib/i18n/current-locale";
import { loadSnapshot, type Snapshot } from "./snapshot";

interface Build {
  /** The known version when the build started: the snapshot it reads is at least that new. */
  atLeast: number;
  snapshot: Promise<Snapshot>;
}

const state = globalThis as unknown as { sitrepReadModel?: Build };

/**
 * The read model at the newest known data version: built once per version
 * and shared by every request and route; the first request after a write
 * starts the next build, and everyone asking meanwhile waits for that one.
 */
export function currentSnapshot(): Promise<Snapshot> {
  const known = knownDataVersion();
  const current = state.sitrepReadModel;
  if (current && current.atLeast >= known) return current.snapshot;
  const build: Build = { atLeast: known, snapshot: getDb().then(loadSnapshot) };
  state.sitrepReadModel = build;
  build.snapshot.then(
    (snapshot) => {
      build.atLeast = Math.max(build.atLeast, snapshot.version);
    },
    // A failed build is not kept: the next request tries again.
    () => {
      if (state.sitrepReadModel === build) state.sitrepReadModel = undefined;
    },
  );
  return build.snapshot;
}

/** After a write: rebuilds the whole-database model if one is kept (global lists read it), so its next reader does not wait. */
export function refreshWholeModelIfKept(): void {
  if (state.sitrepReadModel) void currentSnapshot().catch(() => {});
}

const derivedViews = new WeakMap<Snapshot, Map<string, unknown>>();

/** A view derived from one snapshot that holds no words (an index, a sort order), computed once for that version. */
export function perVersion<T>(snapshot: Snapshot, key: string, build: () => T): T {
  let views = derivedViews.get(snapshot);
  if (!views) derivedViews.set(snapshot, (views = new Map()));
  if (!views.has(key)) views.set(key, build());
  return views.get(key) as T;
}

/**
 * A view that holds words and formatted numbers (the overview, a chart, an
 * API body), computed once for that version in each language: the locale
 * being served is part of its key.
 */
export function perVersionInLocale<T>(snapshot: Snapshot, key: string, build: () => T): T {
  return perVersion(snapshot, `${currentLocale()}:${key}`, build);
}
