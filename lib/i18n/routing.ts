import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

/** Where the reader's choice of language is remembered (set by app/language/route.ts). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * Every page lives under a locale prefix (/en/…, /ar/…, /ku/…); the API stays
 * unprefixed and language-neutral. The prefix is also what lets pages be
 * rendered on their first visit and cached per locale and data version (see
 * lib/cache/README.md). An address without one goes to the reader's
 * remembered choice (the NEXT_LOCALE cookie, set by the language switch),
 * else to the best match for their browser's Accept-Language.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
});

