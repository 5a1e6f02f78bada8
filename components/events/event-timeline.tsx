import { Link } from "@/lib/i18n/navigation";
import { whenText } from "@/lib/format/when-text";
import { getMessages } from "@/lib/i18n/messages";
import type { EventSummary } from "@/lib/queries/event-summary";
import styles from "./event-timeline.module.css";
import { InLanguage } from "@/components/ui/editors-text";

/** Each row is one source's account; competing accounts of the same event stay separate. */
export function EventTimeline({ events }: { events: EventSummary[] }) {
  const t = getMessages();
  return (
    <ol className={styles.timeline}>
      {events.map((event) => (
        <li key={event.id} className={styles.item}>
          <p className={styles.when}>{whenText(event, t)}</p>
          <div>
            <p className={styles.title}>
              <Link href={event.href}>
                <InLanguage lang={event.titleLang}>{event.title}</InLanguage>
              </Link>
              {event.facilityStatus && <span className="badge">{t.facilityStatus[event.facilityStatus]}</span>}
            </p>
            <p className={styles.description}>
              <InLanguage lang={event.descriptionLang}>{event.description}</InLanguage>
            </p>
            <p className={styles.source}>
              {event.sourceShort}
              {event.viaShort && ` · ${t.figure.via.toLowerCase()} ${event.viaShort}`}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
