"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { localeNames, locales } from "@/lib/i18n/locales";
import { useLocale } from "@/lib/i18n/navigation";
import styles from "./site-header.module.css";

/** The same view in each language: links through /language, which remembers the choice. */
function Switch({ label, query }: { label: string; query: string }) {
  const locale = useLocale();
  const pathname = usePathname() ?? `/${locale}`;
  const path = pathname.replace(/^\/[^/]+/, "") || "/";
  return (
    <nav aria-label={label} className={`${styles.languages} screen-only`}>
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

function SwitchWithQuery({ label }: { label: string }) {
  const query = useSearchParams()?.toString() ?? "";
  return <Switch label={label} query={query ? `?${query}` : ""} />;
}

/**
 * Filters live in the query, so the switch carries them along; on pages kept
 * in the page cache, which have no query, the query is read in the browser.
 * Its one word comes from the server, so pages without other interaction
 * carry no messages in their browser code.
 */
export function LanguageSwitch({ label }: { label: string }) {
  return (
    <Suspense fallback={<Switch label={label} query="" />}>
      <SwitchWithQuery label={label} />
    </Suspense>
  );
}
