import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { getMessages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import type { SummaryFigure as Figure } from "@/lib/summary/build-summary";
import styles from "./summary.module.css";

/** One key figure in words: the value as the source worded it, who said it and when, and how sure it is. */
export function SummaryFigure({ figure }: { figure: Figure }) {
  const t = getMessages();
  const s = t.summary;
  const { headline, agreement, certainty } = figure;
  const what = t.overview.cards[figure.key];
  const low = s.rangeEnd(figure.lowest.valueText, figure.lowest.sourceShort);
  const high = s.rangeEnd(figure.highest.valueText, figure.highest.sourceShort);
  return (
    <li className={styles.figure} data-testid={`summary-${figure.key}`}>
      <p className={styles.what}>{what}</p>
      <p className={styles.value}>
        <Link href={headline.href} aria-label={`${headline.valueText}: ${s.sourceLinkFor(what.toLowerCase())}`}>
          {headline.valueText}
        </Link>
      </p>
      <p>
        {s.according(headline.viaShort ? t.figure.sourceVia(headline.sourceShort, headline.viaShort) : headline.sourceShort, headline.reportedAt ? formatDate(headline.reportedAt) : null)}
      </p>
      {figure.breakdown.length > 0 && <p>{s.breakdown(formatList(figure.breakdown.map((part) => `${part.valueText} ${t.group[part.group]}`)))}</p>}
      <p className={styles.certainty} data-testid={`certainty-${figure.key}`}>
        <span className={`badge ${certainty === "differ" ? "badge-warn" : ""}`}>{s.certaintyLabel[certainty]}</span>{" "}
        {certainty === "one-source" ? s.certainty["one-source"](agreement.reports) : s.certainty[certainty](agreement.sources, low, high)}
      </p>
    </li>
  );
}
