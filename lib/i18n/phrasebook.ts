import book from "@/data/translations/phrasebook.json";
import { currentLocale } from "./current-locale";
import { EDITORS_LANGUAGE } from "./editors-language";
import type { LocalizedText } from "./event-text";
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
  if (locale === EDITORS_LANGUAGE) return { text: english };
  const translated = phrases[english]?.[locale];
  return translated ? { text: translated } : { text: english, lang: EDITORS_LANGUAGE };
}
