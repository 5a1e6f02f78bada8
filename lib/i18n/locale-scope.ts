import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./locales";

const scope = new AsyncLocalStorage<Locale>();
(globalThis as unknown as { sitrepScopedLocale?: () => Locale | undefined }).sitrepScopedLocale = () => scope.getStore();

/**
 * Runs a route handler's work in `locale`: every string, number, date and
 * per-version view it builds (lib/queries/read-model.ts) is in that language.
 */
export function inLocale<T>(locale: Locale, work: () => T): T {
  return scope.run(locale, work);
}
