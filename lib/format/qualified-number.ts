import type { Qualifier } from "@/lib/model";
import { getMessages, type Locale } from "@/lib/i18n/messages";

export interface QualifiedValue {
  value: number;
  qualifier: Qualifier;
  valueHigh?: number;
}

export function formatInteger(n: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(getMessages(locale).intlLocale).format(n);
}

/** "about 155,000", "at least 43", "more than 115", "9–12": the qualifier is never dropped. */
export function formatQualified({ value, qualifier, valueHigh }: QualifiedValue, locale: Locale = "en"): string {
  const number =
    valueHigh !== undefined && valueHigh !== value
      ? `${formatInteger(value, locale)}–${formatInteger(valueHigh, locale)}`
      : formatInteger(value, locale);
  const words = getMessages(locale).qualifier[qualifier];
  return words ? `${words} ${number}` : number;
}

/** Compact form for chart labels: "≥ 43", "~155,000", "> 115". */
export function formatQualifiedShort({ value, qualifier, valueHigh }: QualifiedValue, locale: Locale = "en"): string {
  const number =
    valueHigh !== undefined && valueHigh !== value
      ? `${formatInteger(value, locale)}–${formatInteger(valueHigh, locale)}`
      : formatInteger(value, locale);
  return `${getMessages(locale).qualifierSymbol[qualifier]}${number}`;
}
