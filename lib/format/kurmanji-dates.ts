/**
 * Kurmanji dates written out here, not by Intl: browsers ship without
 * Kurmanji locale data (Chromium's Intl answers "January 11, 2026" for "ku"),
 * so a chart drawn in the browser would disagree with the page around it. The
 * month names and the pattern are CLDR's, as Node's Intl gives them:
 * "11ê rêbendana 2026an".
 */
const MONTHS = ["rêbendan", "sibat", "adar", "nîsan", "gulan", "hezîran", "tîrmeh", "tebax", "îlon", "cotmeh", "mijdar", "berfanbar"];

export function kurmanjiDate(year: number, month: number, day: number): string {
  return `${day}ê ${MONTHS[month - 1]}a ${year}an`;
}
