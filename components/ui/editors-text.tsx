import { editorsLangOn } from "@/lib/i18n/editors-language";
import type { Locale } from "@/lib/i18n/locales";

/** Text in a language other than the page's: marked, and kept in its own direction. */
export function InLanguage({ lang, children }: { lang?: Locale; children: React.ReactNode }) {
  return lang ? (
    <span lang={lang} dir="ltr">
      {children}
    </span>
  ) : (
    <>{children}</>
  );
}

/** Words from the data, as Sitrep's editors wrote them (lib/i18n/editors-language.ts). */
export function EditorsText({ children }: { children: React.ReactNode }) {
  return <InLanguage lang={editorsLangOn()}>{children}</InLanguage>;
}
