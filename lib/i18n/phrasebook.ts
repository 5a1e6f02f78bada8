import book from "@/data/translations/phrasebook.json";
import { currentLocale } from "./current-locale";
import { inReadersLanguage, type LocalizedText } from "./editors-language";
import type { Locale } from "./locales";

const phrases: Record<string, Partial<Record<Locale, string>>> = book.phrases;

/**
 * Words Sitrep's editors wrote in English in the data (a grade's reason, how a
 * place was drawn, how a date is known), in the reader's language where
 * data/translations/phrasebook.json has them. Keyed by the English itself: an
 * edited text shows the editors' new words, marked as English, until it is
 * translated again.
 */
export function editorsWords(english: string, locale: Locale = currentLocale()): LocalizedText {
  return inReadersLanguage(english, phrases[english]?.[locale], locale);
}
