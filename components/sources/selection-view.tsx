import { Link } from "@/lib/i18n/navigation";
import { ClaimQuote } from "@/components/figures/claim-quote";
import { quotesOf } from "@/lib/claims/quotes";
import { formatDate } from "@/lib/format/dates";
import { whenText } from "@/lib/format/when-text";
import { getMessages } from "@/lib/i18n/messages";
import { summarizeClaim } from "@/lib/queries/claim-summary";
import type { Selection } from "@/lib/queries/selection";
import type { Snapshot } from "@/lib/queries/snapshot";
import styles from "./selection-view.module.css";
import { InLanguage } from "@/components/ui/editors-text";
import { summarizeEvent } from "@/lib/queries/event-summary";
import { Bidi } from "@/components/ui/bidi";

/** Each claim or account behind a view, with its source, grade, date and words: provenance for a whole chart at once. */
export function SelectionView({ selection, snapshot, headingLevel = 1 }: { selection: Selection; snapshot: Snapshot; headingLevel?: 1 | 2 }) {
  const t = getMessages();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const count = selection.claims.length + selection.events.length;
  return (
    <div>
      <Heading>{t.selection.title(count)}</Heading>
      <ol className={styles.list}>
        {selection.claims.map((claim) => {
          const summary = summarizeClaim(claim, snapshot);
          const source = snapshot.sourcesById.get(claim.sourceId);
          return (
            <li key={claim.id} className={styles.item}>
              <p className={styles.head}>
                <Link href={summary.href}>
                  <strong>{<Bidi text={summary.valueText} />}</strong> {t.unit[claim.unit]}
                </Link>{" "}
                · {t.indicator[claim.indicator]}
                {t.listSeparator}
                {t.group[claim.group]} · {summary.placeText}
              </p>
              <p className={styles.meta}>
                {source?.name ?? claim.sourceId} ({t.figure.reliability.toLowerCase()} {summary.sourceReliability})
                {summary.viaShort && `, ${t.charts.via} ${summary.viaShort}`} ·{" "}
                {claim.reportedAt ? formatDate(claim.reportedAt) : t.overview.dateUnknown}
                {claim.kind === "derived" && ` · ${t.figure.derived}`}
              </p>
              {quotesOf(claim).map((quote) => (
                <ClaimQuote key={quote.quote} {...quote} />
              ))}
            </li>
          );
        })}
        {selection.events.map((event) => {
          // Title and the source's words for when, in the reader's language where translated.
          const summary = summarizeEvent(event, snapshot);
          return (
            <li key={event.id} className={styles.item}>
              <p className={styles.head}>
                <Link href={`/events/${event.id}`}>
                  <strong>
                    <InLanguage lang={summary.titleLang}>{summary.title}</InLanguage>
                  </strong>
                </Link>
              </p>
              <p className={styles.meta}>
                {snapshot.sourcesById.get(event.sourceId)?.name ?? event.sourceId}
                {event.via && `, ${t.charts.via} ${snapshot.sourcesById.get(event.via)?.short ?? event.via}`} ·{" "}
                {whenText(summary, t)}
              </p>
              <ClaimQuote quote={event.quote} quoteLanguage={event.quoteLanguage} translation={event.translation} url={event.url} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
