import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { setCurrentLocale } from "./current-locale";
import { isLocale, type Locale } from "./locales";
import { renderVersion } from "@/lib/queries/page-snapshot";

/**
 * Every page and layout under [locale] calls this first: it sets the locale
 * for the strings of this render (lib/i18n/current-locale.ts) and tells
 * next-intl, without reading request headers, which keeps the page cacheable.
 */
export async function enterLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  // Before anything is read: the version this render is stamped with (lib/queries/page-snapshot.ts).
  renderVersion();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  setCurrentLocale(locale);
  return locale;
}
