import { currentLocale } from "@/lib/i18n/current-locale";
import { formats } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale = currentLocale()): string {
  // Browsers have no Kurmanji list data (see kurmanji-dates.ts): "A, B û C", as Node's Intl writes it.
  if (locale === "ku") return items.length > 1 ? `${items.slice(0, -1).join(", ")} û ${items.at(-1)}` : (items[0] ?? "");
  return new Intl.ListFormat(formats[locale].intlLocale, { style: "long", type: "conjunction" }).format(items);
}
