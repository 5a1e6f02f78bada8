import { currentLocale } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/i18n/locales";
import { placeNameOf } from "@/lib/i18n/place-name";
import { formatList } from "@/lib/format/list";
import type { Situation, SituationText } from "@/lib/model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";

/** A situation's text in the reader's language, English where it has none. */
export function situationText(text: SituationText, locale: Locale = currentLocale()): string {
  return (locale !== "en" && text[locale]?.trim()) || text.en;
}

export const situationTitle = (situation: Situation, locale?: Locale) => situationText(situation.titles, locale);
export const situationShortTitle = (situation: Situation, locale?: Locale) => situationText(situation.shortTitles, locale);

/** The situation's own places by name: "A and B", as the data names them. */
export function situationArea(snapshot: Pick<SituationSnapshot, "situation" | "locationsById">, locale: Locale = currentLocale()): string {
  return formatList(snapshot.situation.placeIds.map((id) => placeNameOf(snapshot.locationsById, id, locale)), locale);
}

/** Keywords of files exported from the situation: its keywords, then its places and facilities by name. */
export function situationKeywords(snapshot: Pick<SituationSnapshot, "situation" | "locationsById">, locale: Locale = currentLocale()): string[] {
  const { situation } = snapshot;
  const names = [...situation.placeIds, ...situation.facilityIds].map((id) => placeNameOf(snapshot.locationsById, id, locale));
  return [...new Set([...situation.keywords, ...names])];
}
