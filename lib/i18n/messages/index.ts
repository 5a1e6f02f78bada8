import { currentLocale } from "../current-locale";
import type { Locale } from "../locales";
import type { Translation } from "../translation";
import { ar } from "./ar";
import { en } from "./en";
import { ku } from "./ku";

export { defaultLocale, locales, type Locale } from "../locales";

/** Every UI string of the readers' pages, in one language. */
export type Messages = Translation<typeof en>;

const messages: Record<Locale, Messages> = { en, ar, ku };

/**
 * The strings for `locale`; by default the locale of the page rendering on
 * the server. Client components pass theirs (useMessages in
 * lib/i18n/navigation.tsx), as do route handlers.
 */
export function getMessages(locale: Locale = currentLocale()): Messages {
  return messages[locale];
}
