import { Bidi } from "@/components/ui/bidi";
import { cardTitle } from "@/lib/format/card-texts";
import { getMessages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import type { Summary } from "@/lib/summary/build-summary";
import styles from "./summary.module.css";

/**
 * The brief's first screen: every key figure on one line, as its source
 * worded it and with who said it, each a link to its quote; the facilities'
 * latest status. The sections below give each one's dates, ends and certainty.
 */
export function KeyFiguresList({ summary }: { summary: Summary }) {
  const t = getMessages();
  return (
    <ul className={styles.glance} aria-label={t.summary.atAGlance} data-testid="key-figures-list">
      {summary.figures.map((figure) => (
        <li key={figure.key}>
          <span className={styles.glanceWhat}>{cardTitle(figure)}</span>{" "}
          <Link href={figure.headline.href} className={styles.glanceValue}>
            <Bidi text={figure.headline.valueText} />
          </Link>{" "}
          <span className="muted">
            (<Bidi text={figure.headline.sourceShort} />)
          </span>
        </li>
      ))}
      {summary.facilities.map((facility) => (
        <li key={facility.locationId}>
          <span className={styles.glanceWhat}>{facility.locationName}</span>{" "}
          <Link href={facility.latest.href} className={styles.glanceValue}>
            {facility.latest.facilityStatus ? t.facilityStatus[facility.latest.facilityStatus] : facility.latest.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
