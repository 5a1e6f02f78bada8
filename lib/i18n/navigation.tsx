"use client";
import NextLink from "next/link";
import { useParams, useRouter as useNextRouter } from "next/navigation";
import { type ComponentProps, useMemo } from "react";
import { localizedPath } from "./localized-path";
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The page's locale, from its [locale] segment: no provider, no message runtime in the browser. */
export function useLocale(): Locale {
  const locale = useParams<{ locale?: string }>()?.locale;
  return isLocale(locale) ? locale : defaultLocale;
}

/** A link to a page in the reader's locale; `href` is the locale-free path ("/figures/x"). */
export function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return <NextLink href={localizedPath(useLocale(), href)} {...props} />;
}

/** Router navigation in the reader's locale. */
export function useRouter() {
  const router = useNextRouter();
  const locale = useLocale();
  return useMemo(() => ({ ...router, push: (href: string) => router.push(localizedPath(locale, href)) }), [router, locale]);
}
