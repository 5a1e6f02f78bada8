import { editorsWords } from "@/lib/i18n/phrasebook";
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

/** Words from the data, as Sitrep's editors wrote them, in the reader's language where translated (lib/i18n/phrasebook.ts). */
export function EditorsText({ children }: { children: string }) {
  const { text, lang } = editorsWords(children);
  return <InLanguage lang={lang}>{text}</InLanguage>;
}
