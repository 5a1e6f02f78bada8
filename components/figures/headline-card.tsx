import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import type { FigureCard } from "@/lib/queries/overview";
import { NewSince } from "@/components/live/new-since";
import { SourceLine } from "./source-line";
import styles from "./headline-card.module.css";
import { EditorsText } from "@/components/ui/editors-text";
import { HIGH_MARK, LOW_MARK, withLinks } from "@/components/ui/with-links";
import { contextLine, flagText } from "./card-texts";

/** "4 independent sources, from at least 21 (AFP, 9 January) to 216 (Kurdish Red Crescent, date not given)", each end a link to its claim. */
function RangeSentence({ card }: { card: FigureCard }) {
  const t = getMessages();
  const { agreement, lowest, highest } = card;
  const end = (claim: FigureCard["lowest"]) => t.overview.rangeEnd(claim.valueText, claim.sourceShort, claim.reportedAt ? formatDate(claim.reportedAt) : null);
  const one = agreement.low === agreement.high;
  const sentence = t.overview.agreement(agreement.sources, LOW_MARK, one ? LOW_MARK : HIGH_MARK);
  return withLinks(sentence, {
    [LOW_MARK]: <Link href={one ? highest.href : lowest.href}>{one ? formatInteger(agreement.low) : end(lowest)}</Link>,
    [HIGH_MARK]: <Link href={highest.href}>{end(highest)}</Link>,
  });
}

export function HeadlineCard({ card }: { card: FigureCard }) {
  const t = getMessages();
  const { headline } = card;
  const titleId = `card-${card.key}`;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t.overview.cards[card.key]} <NewSince changedIn={card.changedIn} />
      </h3>
      <p className={styles.value} data-testid={`headline-${card.key}`}>
        {headline.valueText}
      </p>
      <SourceLine claim={headline} />
      <p className={styles.date}>
        {headline.reportedAt ? t.overview.reportedOn(formatDate(headline.reportedAt)) : t.overview.dateUnknown}
      </p>
      <p className={styles.agreement} data-testid={`agreement-${card.key}`}>
        <RangeSentence card={card} />
      </p>
      <p className={styles.date} data-testid={`carried-${card.key}`}>
        {card.carriedBy.onlyIn ? t.overview.onlyIn(card.carriedBy.onlyIn) : t.overview.carriedBy(card.carriedBy.reports)}
      </p>
      {card.context.length > 0 && (
        <div className={styles.breakdown} data-testid={`context-${card.key}`}>
          <h4 className={styles.breakdownTitle}>{t.overview.contextHeading}</h4>
          <ul>
            {card.context.map((claim) => (
              <li key={claim.id}>
                <Link href={claim.href}>{contextLine(claim)}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {card.flags.map((flag) => (
        <p key={flag.claim.id} className={styles.flag} data-testid={`flag-${card.key}`}>
          <span className="badge badge-warn">{t.overview.flagLabel}</span> {flagText(flag, headline)}{" "}
          <Link href={flag.claim.href}>{t.overview.viewSource}</Link>
        </p>
      ))}
      {card.pinnedReason && (
        <p className={styles.note}>
          <span className="badge">{t.overview.pinned}</span> <EditorsText>{card.pinnedReason}</EditorsText>
        </p>
      )}
      {card.breakdown.length > 0 && (
        <div className={styles.breakdown}>
          <h4 className={styles.breakdownTitle}>{t.overview.breakdownHeading}</h4>
          <ul>
            {card.breakdown.map((part) => (
              <li key={part.id}>
                <Link href={part.href}>{part.valueText}</Link> {t.group[part.group]}
              </li>
            ))}
          </ul>
          <p className={styles.note}>{t.overview.derivedNote}</p>
        </div>
      )}
      <p className={styles.links}>
        <Link href={headline.href} className={styles.primaryLink}>
          {t.overview.viewSource}
          <span className="visually-hidden">{t.overview.viewSourceFor(t.overview.cards[card.key])}</span>
        </Link>
        {card.agreement.reports > 1 ? (
          <Link href={`${headline.href}#other-claims`} className="badge badge-warn">
            {t.overview.reportsLink(card.agreement.reports, card.agreement.sources)}
          </Link>
        ) : (
          <span className="muted">{t.overview.noOtherClaims}</span>
        )}
      </p>
    </article>
  );
}
