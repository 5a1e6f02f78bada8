import { defineRouting } from "next-intl/routing";

/**
 * Every page lives under a locale prefix (/en/…); the API stays unprefixed
 * and language-neutral. The prefix is also what lets pages be rendered on
 * their first visit and cached per data version (see lib/cache/README.md).
 */
export const routing = defineRouting({
  locales: ["en"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];

export function isAppLocale(value: string): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value);
}
