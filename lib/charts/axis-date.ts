import { formatDate } from "@/lib/format/dates";
import { formats } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import { isolateRtl } from "@/lib/i18n/bidi";

/**
 * A date on a chart axis, without its year: "11 January", "11 كانون الثاني".
 * Charts are drawn left to right inside (their axes are mirrored instead), so
 * Arabic dates are isolated to keep the day on the right of the month.
 */
export function axisDate(iso: string, locale: Locale): string {
  const text = formatDate(iso, locale).replace(/ \d{4}\S*$/, "");
  return formats[locale].dir === "rtl" ? isolateRtl(text) : text;
}
