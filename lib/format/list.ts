import { getMessages, type Locale } from "@/lib/i18n/messages";

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale = "en"): string {
  return new Intl.ListFormat(getMessages(locale).intlLocale, { style: "long", type: "conjunction" }).format(items);
}
