import type { Locale } from "./locales";

/**
 * The language Sitrep's editors write the data's own words in: event titles
 * and descriptions, notes, the reasons for grades and pins. Their
 * translations live in data/translations; where one is missing or older than
 * the English, the English shows, marked as English, so screen readers switch
 * voice and the text keeps its own direction.
 */
export const EDITORS_LANGUAGE: Locale = "en";

export interface LocalizedText {
  text: string;
  /** Set when the text is shown in another language than the page's: the editors' English. */
  lang?: Locale;
}

/** The editors' `english` in `locale`: its `translated` text where there is one, else the English, marked. */
export function inReadersLanguage(english: string, translated: string | undefined, locale: Locale): LocalizedText {
  if (locale === EDITORS_LANGUAGE) return { text: english };
  return translated ? { text: translated } : { text: english, lang: EDITORS_LANGUAGE };
}
