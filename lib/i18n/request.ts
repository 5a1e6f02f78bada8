import { getRequestConfig } from "next-intl/server";
import { isLocale } from "./locales";
import { routing } from "./routing";

/** next-intl routes by locale; the UI strings themselves come from lib/i18n/messages/. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: {} };
});
