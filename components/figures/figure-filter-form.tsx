import { getMessages } from "@/lib/i18n/messages";
import { FigureStatus, indicators, type Location, type Source } from "@/lib/model";
import type { FigureTableQuery } from "@/lib/queries/figure-table";
import styles from "./figure-filter-form.module.css";

/** A plain GET form: filters live in the URL, work without JavaScript and make shareable links. */
export function FigureFilterForm({ query, sources, locations }: { query: FigureTableQuery; sources: Source[]; locations: Location[] }) {
  const t = getMessages();
  return (
    <form method="get" action="/figures" className={styles.form}>
      <label>
        {t.table.indicator}
        <select name="indicator" defaultValue={query.indicator ?? ""}>
          <option value="">{t.figuresPage.any}</option>
          {indicators.map((i) => (
            <option key={i} value={i}>
              {t.indicator[i]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.table.place}
        <select name="location" defaultValue={query.location ?? ""}>
          <option value="">{t.figuresPage.any}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.table.source}
        <select name="source" defaultValue={query.source ?? ""}>
          <option value="">{t.figuresPage.any}</option>
          {[...sources].sort((a, b) => a.short.localeCompare(b.short)).map((s) => (
            <option key={s.id} value={s.id}>
              {s.short}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.figuresPage.status}
        <select name="status" defaultValue={query.status ?? ""}>
          <option value="">{t.figuresPage.any}</option>
          {FigureStatus.options.map((s) => (
            <option key={s} value={s}>
              {t.figure.status[s]}
            </option>
          ))}
        </select>
      </label>
      <input type="hidden" name="sort" value={query.sort} />
      <button type="submit">{t.figuresPage.apply}</button>
    </form>
  );
}
