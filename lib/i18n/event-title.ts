import translations from "@/data/translations/event-titles.json";
import { currentLocale } from "./current-locale";
import type { Locale } from "./locales";

type Titles = Record<string, Partial<Record<Locale, string>> & { en: string }>;
const titles: Titles = translations.titles;

export interface LocalizedTitle {
  text: string;
  /** Set when the title is shown in another language than the page's: the editors' English. */
  lang?: Locale;
}

/**
 * An event's title in the reader's language (data/translations/event-titles.json).
 * A translation counts only while it translates the title as it stands: once
 * editors change the English, the page shows their new words, marked as
 * English, until the translation catches up.
 */
export function eventTitle(event: { id: string; title: string }, locale: Locale = currentLocale()): LocalizedTitle {
  if (locale === "en") return { text: event.title };
  const entry = titles[event.id];
  const translated = entry?.en === event.title ? entry[locale] : undefined;
  return translated ? { text: translated } : { text: event.title, lang: "en" };
}
