import translations from "@/data/translations/events.json";
import { currentLocale } from "./current-locale";
import { inReadersLanguage, type LocalizedText } from "./editors-language";
import type { Locale } from "./locales";

type Texts = { title: string; description: string };
const byEvent: Record<string, Partial<Record<Locale, Texts>> & { en: Texts }> = translations.events;

/**
 * An event's title or description in the reader's language
 * (data/translations/events.json). A translation counts only while it
 * translates the English as it stands: once editors change it, the page shows
 * their new words, marked as English, until the translation catches up.
 */
function eventText<F extends keyof Texts>(event: { id: string } & Pick<Texts, F>, field: F, locale: Locale): LocalizedText {
  const entry = byEvent[event.id];
  return inReadersLanguage(event[field], entry?.en[field] === event[field] ? entry[locale]?.[field] : undefined, locale);
}

export function eventTitle(event: { id: string; title: string }, locale: Locale = currentLocale()): LocalizedText {
  return eventText(event, "title", locale);
}

export function eventDescription(event: { id: string; description: string }, locale: Locale = currentLocale()): LocalizedText {
  return eventText(event, "description", locale);
}
