/**
 * "Data as of" for anything Sitrep shows or exports: the latest report date
 * among the claims and accounts it shows. One rule, applied by this one
 * function to every page, card, chart, map, brief and file name, so a brief
 * and the chart inside it never carry two dates. Undefined when nothing shown
 * is dated: no date is made up (not today's either).
 */
export function dataDateOf(dates: Iterable<string | null | undefined>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (date && (!latest || date > latest)) latest = date;
  return latest;
}
