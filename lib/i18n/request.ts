import { getRequestConfig } from "next-intl/server";
import { isAppLocale, routing } from "./routing";

/** next-intl routes by locale; the UI strings themselves come from lib/i18n/messages.ts. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isAppLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: {} };
});
