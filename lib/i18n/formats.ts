import type { Qualifier } from "@/lib/model/enums";
import type { Locale } from "./locales";
import type { TextDirection } from "./translation";

/**
 * What numbers, dates and lists need from a language, apart from its
 * messages: small enough for every page's browser code to carry all three,
 * while the messages themselves load per language (lib/i18n/use-messages.ts).
 * The message files take these from here.
 */
export interface LocaleFormats {
  locale: Locale;
  /** Dates and lists, through Intl (Kurmanji dates are written out: lib/format/kurmanji-dates.ts). */
  intlLocale: string;
  /** Numbers, through Intl. */
  numberLocale: string;
  dir: TextDirection;
  qualifier: Record<Qualifier, string>;
  qualifierSymbol: Record<Qualifier, string>;
  /** Between items written one after another ("Rudaw, 11 January 2026"). */
  listSeparator: string;
}

const symbols: Record<Qualifier, string> = { exact: "", about: "~", "at-least": "≥ ", "more-than": "> ", "up-to": "≤ " };

export const formats: Record<Locale, LocaleFormats> = {
  en: {
    locale: "en",
    // British English reads "11 January 2026", as humanitarian reports write it.
    intlLocale: "en-GB",
    numberLocale: "en-GB",
    dir: "ltr",
    qualifier: { exact: "", about: "about", "at-least": "at least", "more-than": "more than", "up-to": "up to" },
    qualifierSymbol: symbols,
    listSeparator: ", ",
  },
  ar: {
    locale: "ar",
    // Syria's month names (كانون الثاني) and Latin digits: lib/i18n/glossary.md, "Numbers and dates".
    intlLocale: "ar-SY-u-nu-latn",
    numberLocale: "ar-SY-u-nu-latn",
    dir: "rtl",
    qualifier: { exact: "", about: "نحو", "at-least": "ما لا يقل عن", "more-than": "أكثر من", "up-to": "حتى" },
    qualifierSymbol: symbols,
    listSeparator: "، ",
  },
  ku: {
    locale: "ku",
    intlLocale: "ku",
    // "155,000", not CLDR's "155.000", which reads as 155 to anyone schooled in Syria (glossary).
    numberLocale: "en-GB",
    dir: "ltr",
    qualifier: { exact: "", about: "bi qasî", "at-least": "herî kêm", "more-than": "zêdetirî", "up-to": "heta" },
    qualifierSymbol: symbols,
    listSeparator: ", ",
  },
};
