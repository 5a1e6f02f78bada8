import type { Qualifier } from "@/lib/model";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formats } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { isolateLtr } from "@/lib/i18n/bidi";

export interface QualifiedValue {
  value: number;
  qualifier: Qualifier;
  valueHigh?: number;
}

export function formatInteger(n: number, locale: Locale = currentLocale()): string {
  return new Intl.NumberFormat(formats[locale].numberLocale).format(n);
}

function numberText({ value, valueHigh }: QualifiedValue, locale: Locale): string {
  return valueHigh !== undefined && valueHigh !== value ? `${formatInteger(value, locale)}–${formatInteger(valueHigh, locale)}` : formatInteger(value, locale);
}

/** Right to left, the number (or range) keeps its own order inside the sentence (lib/i18n/bidi.ts). */
function inDirection(text: string, locale: Locale): string {
  return formats[locale].dir === "rtl" ? isolateLtr(text) : text;
}

/** "about 155,000", "at least 43", "more than 115", "9–12": the qualifier is never dropped. */
export function formatQualified(qualified: QualifiedValue, locale: Locale = currentLocale()): string {
  const number = inDirection(numberText(qualified, locale), locale);
  const words = formats[locale].qualifier[qualified.qualifier];
  return words ? `${words} ${number}` : number;
}

/** Compact form for chart labels: "≥ 43", "~155,000", "> 115". */
export function formatQualifiedShort(qualified: QualifiedValue, locale: Locale = currentLocale()): string {
  return inDirection(`${formats[locale].qualifierSymbol[qualified.qualifier]}${numberText(qualified, locale)}`, locale);
}
