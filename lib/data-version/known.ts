/**
 * The newest data version this process knows of. On globalThis because the
 * page cache handler (lib/cache/page-cache-handler.js) is loaded apart from
 * the app's bundles but runs in the same process; this file imports nothing.
 */
const state = globalThis as unknown as { sitrepDataVersion?: number; sitrepDataVersionListeners?: Set<(version: number) => void> };

export function knownDataVersion(): number {
  return state.sitrepDataVersion ?? 0;
}

/** Versions only move forward: a late notification never takes the process back. */
export function learnDataVersion(version: number): void {
  if (version <= knownDataVersion()) return;
  state.sitrepDataVersion = version;
  for (const listener of state.sitrepDataVersionListeners ?? []) queueMicrotask(() => listener(version));
}

/** Calls `listener` each time the known version moves forward, after the write that moved it. */
export function onNewDataVersion(listener: (version: number) => void): void {
  (state.sitrepDataVersionListeners ??= new Set()).add(listener);
}
