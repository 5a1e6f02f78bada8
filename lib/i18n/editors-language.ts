import { currentLocale } from "./current-locale";
import type { Locale } from "./locales";

/**
 * The language Sitrep's editors write the data's own words in: event titles
 * and descriptions, notes, the reasons for grades and pins. These are data,
 * not interface, and are not translated yet; on a page in another language
 * they are marked as English, so screen readers switch voice and the text
 * keeps its own direction.
 */
export const EDITORS_LANGUAGE: Locale = "en";

export function editorsLangOn(locale: Locale = currentLocale()): Locale | undefined {
  return locale === EDITORS_LANGUAGE ? undefined : EDITORS_LANGUAGE;
}
