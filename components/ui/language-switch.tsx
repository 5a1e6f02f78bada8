"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { localeNames, locales } from "@/lib/i18n/locales";
import { useLocale } from "@/lib/i18n/navigation";
import { useMessages } from "@/lib/i18n/use-messages";
import styles from "./site-header.module.css";

/** The same view in each language: links through /language, which remembers the choice. */
function Switch({ query }: { query: string }) {
  const locale = useLocale();
  const t = useMessages();
  const pathname = usePathname() ?? `/${locale}`;
  const path = pathname.replace(/^\/[^/]+/, "") || "/";
  return (
    <nav aria-label={t.app.language} className={styles.languages}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" lang={other}>
                {localeNames[other]}
              </span>
            ) : (
              <a href={`/language?${new URLSearchParams({ to: other, path: `${path}${query}` })}`} hrefLang={other} lang={other}>
                {localeNames[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function SwitchWithQuery() {
  const query = useSearchParams()?.toString() ?? "";
  return <Switch query={query ? `?${query}` : ""} />;
}

/**
 * Filters live in the query, so the switch carries them along; on pages kept
 * in the page cache, which have no query, the query is read in the browser.
 */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<Switch query="" />}>
      <SwitchWithQuery />
    </Suspense>
  );
}
