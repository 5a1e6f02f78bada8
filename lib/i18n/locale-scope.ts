import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./locales";

// One store for the process, on globalThis: each route may be bundled with its
// own copy of this module, and all must share the scope current-locale.ts reads.
const state = globalThis as unknown as { sitrepLocaleScope?: AsyncLocalStorage<Locale>; sitrepScopedLocale?: () => Locale | undefined };
const scope = (state.sitrepLocaleScope ??= new AsyncLocalStorage<Locale>());
state.sitrepScopedLocale = () => scope.getStore();

/**
 * Runs a route handler's work in `locale`: every string, number, date and
 * per-version view it builds (lib/queries/read-model.ts) is in that language.
 */
export function inLocale<T>(locale: Locale, work: () => T): T {
  return scope.run(locale, work);
}
