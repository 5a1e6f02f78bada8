import { Link } from "@/lib/i18n/navigation";
import { whenText } from "@/lib/format/when-text";
import { getMessages } from "@/lib/i18n/messages";
import type { FacilityCard as FacilityCardModel } from "@/lib/queries/overview";
import styles from "./headline-card.module.css";

/** A facility the situation follows: its latest reported status, by whom and when. */
export function FacilityCard({ card }: { card: FacilityCardModel }) {
  const titleId = `card-${card.locationId}`;
  const t = getMessages();
  const { latest } = card;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {card.locationName}
      </h3>
      <p className={styles.value} data-testid={`facility-${card.locationId}`}>
        {latest.facilityStatus ? t.facilityStatus[latest.facilityStatus] : latest.title}
      </p>
      <p className={styles.date}>{t.overview.hospitalLatest}: {latest.title}</p>
      <p className={styles.date}>
        <strong>{latest.sourceShort}</strong>
        {latest.viaShort && ` · ${t.figure.via.toLowerCase()} ${latest.viaShort}`}
        {" · "}
        {whenText(latest, t)}
      </p>
      <p className={styles.links}>
        <Link href={latest.href} className={styles.primaryLink}>
          {t.overview.viewSource}
          <span className="visually-hidden">{t.overview.viewSourceFor(card.locationName)}</span>
        </Link>
        {card.statusReports > 1 && (
          <Link href={`/events?kind=facility-status&location=${card.locationId}`} className="badge">
            {t.overview.statusReports(card.statusReports - 1)}
          </Link>
        )}
      </p>
    </article>
  );
}
