import { cache } from "react";
import { defaultLocale, type Locale } from "./locales";

// One store per server render: React's cache scopes it to the request, so
// concurrent requests in other languages never see each other's locale.
// Outside a render (route handlers, scripts) it is fresh on each call.
const renderLocale = cache((): { locale?: Locale } => ({}));

// Route handlers have no render: they run their work inside a locale scope
// (lib/i18n/locale-scope.ts, server only), found through this hook so the
// module stays free of Node's async_hooks for the browser.
const hooks = globalThis as unknown as { sitrepScopedLocale?: () => Locale | undefined };

/** Called by every page and layout under [locale] (lib/i18n/page-locale.ts) before it renders. */
export function setCurrentLocale(locale: Locale): void {
  renderLocale().locale = locale;
}

/** The locale of the server work in progress: a route's scope, else the page rendering, else English. */
export function currentLocale(): Locale {
  return hooks.sitrepScopedLocale?.() ?? renderLocale().locale ?? defaultLocale;
}
