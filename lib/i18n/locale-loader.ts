import { use } from "react";
import type { Locale } from "./locales";

type Others = Exclude<Locale, "en">;

/**
 * Browser code carries English, and the page's other language as a chunk of
 * its own: an English page never downloads Arabic and Kurmanji strings. The
 * chunk is asked for as soon as this code runs (the page's <html lang> names
 * it), so it is usually there by the time the page hydrates; if not,
 * rendering waits for it, as it does on the server.
 */
export function localeLoader<T>(english: T, loaders: Record<Others, () => Promise<T>>): (locale: Locale) => T {
  const loaded = new Map<Others, Promise<T>>();
  const load = (locale: Others) => {
    let messages = loaded.get(locale);
    if (!messages) loaded.set(locale, (messages = loaders[locale]()));
    return messages;
  };
  if (typeof document !== "undefined") {
    const lang = document.documentElement.lang;
    if (lang in loaders) void load(lang as Others);
  }
  // A hook: `use` may suspend until the chunk is there.
  return (locale) => (locale === "en" ? english : use(load(locale)));
}
