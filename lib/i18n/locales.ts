/** The interface's languages: English, Arabic, and Kurdish in its Kurmanji form, Latin script. */
export const locales = ["en", "ar", "ku"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language's name in itself, as a reader looking for their own would recognise it. */
export const localeNames: Record<Locale, string> = { en: "English", ar: "العربية", ku: "Kurdî" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
