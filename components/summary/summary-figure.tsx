import { cardTitle } from "@/lib/format/card-texts";
import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { getMessages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import type { SummaryFigure as Figure } from "@/lib/summary/build-summary";
import { HIGH_MARK as HIGH, LOW_MARK as LOW, partMark, withLinks } from "@/components/ui/with-links";
import { Fragment } from "react";
import { contextLine, flagText } from "@/lib/format/card-texts";
import styles from "./summary.module.css";
import { Bidi } from "@/components/ui/bidi";

/** One key figure in words: the value as the source worded it, who said it and when, and how sure it is. */
export function SummaryFigure({ figure }: { figure: Figure }) {
  const t = getMessages();
  const s = t.summary;
  const { headline, agreement, certainty } = figure;
  const what = cardTitle(figure);
  const endDate = (claim: typeof figure.lowest) => (claim.reportedAt ? formatDate(claim.reportedAt) : null);
  const low = s.rangeEnd(figure.lowest.valueText, figure.lowest.sourceShort, endDate(figure.lowest));
  const high = s.rangeEnd(figure.highest.valueText, figure.highest.sourceShort, endDate(figure.highest));
  const [lowMark, highMark] = low === high ? [LOW, LOW] : [LOW, HIGH];
  const sentence =
    certainty === "one-source"
      ? agreement.low === agreement.high
        ? s.certainty["one-source"](agreement.reports)
        : s.oneSourceRange(agreement.reports, lowMark, highMark)
      : s.certainty[certainty](agreement.sources, lowMark, highMark);
  const ends: Record<string, React.ReactNode> = {
    [LOW]: <Link href={figure.lowest.href}><Bidi text={low} /></Link>,
    [HIGH]: <Link href={figure.highest.href}><Bidi text={high} /></Link>,
  };
  return (
    <li className={styles.figure} data-testid={`summary-${figure.key}`}>
      <p className={styles.what}>{what}</p>
      <p className={styles.value}>
        <Link href={headline.href} aria-label={`${headline.valueText}: ${s.sourceLinkFor(what.toLowerCase())}`}>
          <Bidi text={headline.valueText} />
        </Link>
      </p>
      <p>
        <Bidi text={s.according(headline.viaShort ? t.figure.sourceVia(headline.sourceShort, headline.viaShort) : headline.sourceShort, headline.reportedAt ? formatDate(headline.reportedAt) : null)} />
      </p>
      {figure.breakdown.length > 0 && (
        <p>
          {withLinks(
            s.breakdown(formatList(figure.breakdown.map((_, i) => partMark(i)))),
            Object.fromEntries(figure.breakdown.map((part, i) => [partMark(i), <Link key={part.id} href={part.href}><Bidi text={`${part.valueText} ${t.group[part.group]}`} /></Link>])),
          )}
        </p>
      )}
      {figure.context.length > 0 && (
        <p data-testid={`summary-context-${figure.key}`}>
          {figure.context.map((claim, i) => (
            <Fragment key={claim.id}>
              {i > 0 && "; "}
              <Link href={claim.href}>
                <Bidi text={contextLine(claim)} />
              </Link>
            </Fragment>
          ))}
          .
        </p>
      )}
      {figure.flags.map((flag) => (
        <p key={flag.claim.id} data-testid={`summary-flag-${figure.key}`}>
          <span className="badge badge-warn">{t.overview.flagLabel}</span> <Link href={flag.claim.href}>
            <Bidi text={flagText(flag, headline)} />
          </Link>
        </p>
      ))}
      <p className={styles.certainty} data-testid={`certainty-${figure.key}`}>
        <span className={`badge ${certainty === "differ" ? "badge-warn" : ""}`}>{s.certaintyLabel[certainty]}</span>{" "}
        {withLinks(sentence, ends)}
      </p>
    </li>
  );
}
