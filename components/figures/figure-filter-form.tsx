import { FilterSelect } from "@/components/ui/filter-select";
import { getMessages } from "@/lib/i18n/messages";
import { FigureStatus, indicators, type Location, type Situation, type Source } from "@/lib/model";
import { situationShortTitle } from "@/lib/situations/texts";
import type { FigureTableQuery } from "@/lib/queries/figure-table";
import styles from "./figure-filter-form.module.css";
import { placeName } from "@/lib/i18n/place-name";

/** A plain GET form: filters live in the URL, work without JavaScript and make shareable links. */
export function FigureFilterForm({
  query,
  sources,
  locations,
  situations,
  action,
}: {
  query: FigureTableQuery;
  sources: Source[];
  locations: Location[];
  situations: Situation[];
  /** The page's own address, with its locale. */
  action: string;
}) {
  const t = getMessages();
  return (
    <form method="get" action={action} className={styles.form}>
      {situations.length > 1 && (
        <FilterSelect label={t.table.situation} name="situation" value={query.situation} options={situations.map((s) => ({ value: s.id, label: situationShortTitle(s) }))} />
      )}
      <FilterSelect label={t.table.indicator} name="indicator" value={query.indicator} options={indicators.map((i) => ({ value: i, label: t.indicator[i] }))} />
      <FilterSelect label={t.table.place} name="location" value={query.location} options={locations.map((l) => ({ value: l.id, label: placeName(l) }))} />
      <FilterSelect
        label={t.table.source}
        name="source"
        value={query.source}
        options={[...sources].sort((a, b) => a.short.localeCompare(b.short)).map((s) => ({ value: s.id, label: s.short }))}
      />
      <FilterSelect
        label={t.figuresPage.status}
        name="status"
        value={query.status}
        options={FigureStatus.options.map((s) => ({ value: s, label: t.figure.status[s] }))}
      />
      <input type="hidden" name="sort" value={query.sort} />
      <button type="submit">{t.filters.apply}</button>
    </form>
  );
}
