import { Link } from "@/lib/i18n/navigation";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { FigureCard } from "@/lib/queries/overview";
import { NewSince } from "@/components/live/new-since";
import { SourceLine } from "./source-line";
import styles from "./headline-card.module.css";
import { EditorsText } from "@/components/ui/editors-text";
import { RangeSentence } from "./range-sentence";
import { cardTitle, contextLine, flagText } from "@/lib/format/card-texts";
import { Bidi } from "@/components/ui/bidi";

export function HeadlineCard({ card }: { card: FigureCard }) {
  const t = getMessages();
  const { headline } = card;
  const titleId = `card-${card.key}`;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {cardTitle(card)} <NewSince changedIn={card.changedIn} />
      </h3>
      <p className={styles.value} data-testid={`headline-${card.key}`}>
        <Bidi text={headline.valueText} />
      </p>
      <SourceLine claim={headline} />
      <p className={styles.date}>
        {headline.reportedAt ? t.overview.reportedOn(formatDate(headline.reportedAt)) : t.overview.dateUnknown}
      </p>
      <p className={styles.agreement} data-testid={`agreement-${card.key}`}>
        <RangeSentence agreement={card.agreement} lowest={card.lowest} highest={card.highest} />
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
          {card.pinned && <span data-testid={`pinned-${card.key}`}> {t.overview.pinnedSince(card.pinned.at ? formatDate(card.pinned.at) : null, card.pinned.newerReports)}</span>}
        </p>
      )}
      {card.breakdown.length > 0 && (
        <div className={styles.breakdown}>
          <h4 className={styles.breakdownTitle}>{t.overview.breakdownHeading}</h4>
          <ul>
            {card.breakdown.map((part) => (
              <li key={part.id}>
                <Link href={part.href}>{<Bidi text={part.valueText} />}</Link> {t.group[part.group]}
              </li>
            ))}
          </ul>
          <p className={styles.note}>{t.overview.derivedNote}</p>
        </div>
      )}
      <p className={styles.links}>
        <Link href={headline.href} className={styles.primaryLink}>
          {t.overview.viewSource}
          <span className="visually-hidden">{t.overview.viewSourceFor(cardTitle(card))}</span>
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
