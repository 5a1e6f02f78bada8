import "server-only";
import { setRequestLocale } from "next-intl/server";
import type { AppLocale } from "./routing";

/**
 * Every page and layout under [locale] calls this first: it tells next-intl
 * the locale without reading request headers, which keeps the page cacheable.
 */
export async function enterLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  setRequestLocale(locale);
  return locale as AppLocale;
}
