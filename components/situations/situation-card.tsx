import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { cardTitle } from "@/lib/format/card-texts";
import { getMessages } from "@/lib/i18n/messages";
import type { SituationListing } from "@/lib/situations/situation-list";
import { situationText } from "@/lib/situations/texts";
import styles from "./situation-card.module.css";
import { Bidi } from "@/components/ui/bidi";

/** One situation on the index: its title, period and headline figures, each with its wording, source and date. */
export function SituationCard({ situation }: { situation: SituationListing }) {
  const t = getMessages();
  const title = situationText(situation.titles);
  const headingId = `situation-${situation.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId} data-situation={situation.id}>
      <h2 id={headingId} className={styles.title}>
        <Link href={`/${situation.id}`}>{title}</Link>
        {situation.status === "archived" && <span className="badge"> {t.index.archived}</span>}
      </h2>
      <p className="muted">
        {t.index.period(formatDate(situation.period.start), situation.period.end ? formatDate(situation.period.end) : null)}
        {situation.dataDate && ` · ${t.summary.dataAsOf(formatDate(situation.dataDate))}`}
      </p>
      <p>{situationText(situation.summary)}</p>
      {situation.cards.length ? (
        <ul className={styles.figures}>
          {situation.cards.map(({ key, indicator, group, headline }) => (
            <li key={key}>
              <span className={styles.what}>{cardTitle({ indicator, group })}</span>{" "}
              <Link href={headline.href} className={styles.value}>
                <Bidi text={headline.valueText} />
              </Link>{" "}
              <span className="muted">
                ({headline.sourceShort}
                {headline.reportedAt && `, ${formatDate(headline.reportedAt)}`})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t.index.noFigures}</p>
      )}
    </article>
  );
}
