import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";
import { reportAgeText } from "@/lib/format/report-age";
import { formatDate } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/qualified-number";
import { formatList } from "@/lib/format/list";
import { describeChanges } from "@/lib/format/revision-changes";
import type { FigureDetailView as Model } from "@/lib/queries/figure-detail-view";
import { ClaimQuote } from "./claim-quote";
import { ClaimGroupsTable } from "./claim-groups-table";
import { ClaimsTable } from "./claims-table";
import { FigureActions } from "./figure-actions";
import styles from "./figure-detail-view.module.css";
import { EditorsText } from "@/components/ui/editors-text";
import { NewSince } from "@/components/live/new-since";
import { RangeSentence } from "./range-sentence";
import { Bidi } from "@/components/ui/bidi";

/** The full provenance of one figure; renders on the server, so it reads without JavaScript. */
export function FigureDetailView({ detail, headingLevel = 1 }: { detail: Model; headingLevel?: 1 | 2 }) {
  const t = getMessages();
  const { claim, source, via } = detail;
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  return (
    <article className={styles.detail}>
      <p className={styles.kicker}>
        {t.indicator[claim.indicator]} · {t.group[claim.group]} · {detail.placeText}
      </p>
      <Heading className={styles.value}>
        <Bidi text={claim.valueText} /> <span className={styles.unit}>{t.unit[claim.unit]}</span> <NewSince changedIn={detail.changedIn} />
      </Heading>
      <p className={styles.age}>{reportAgeText(claim.reportedAt, detail.latestReportedAt)}</p>
      <p className="muted">
        {!detail.headline ? (
          t.figure.noCurrentClaim
        ) : detail.headline.id === claim.id ? (
          <span className="badge">{t.figure.headlineClaim}</span>
        ) : (
          <Link href={`/figures/${detail.headline.id}`}>{t.figure.seeHeadline}</Link>
        )}{" "}
        {detail.headline && t.figure.rule[detail.headline.rule]}
        {claim.status !== "current" && <span className="badge badge-warn"> {t.figure.status[claim.status]}</span>}
      </p>
      {claim.pinnedReason && (
        <p className={styles.pinned}>
          <EditorsText>{claim.pinnedReason}</EditorsText>
        </p>
      )}

      {detail.quotes.length > 0 && (
        <section>
          <Sub>{t.figure.quoteHeading}</Sub>
          {detail.quotes.map((quote) => (
            <div key={quote.quote}>
              <ClaimQuote {...quote} />
              {quote.url && (
                <p>
                  <a href={quote.url} rel="noreferrer">
                    {t.figure.openPage}
                  </a>
                </p>
              )}
            </div>
          ))}
        </section>
      )}

      {detail.parts.length > 0 && (
        <section>
          <Sub>{t.figure.partsHeading}</Sub>
          {detail.derivedLabel && (
            <p>
              <EditorsText>{detail.derivedLabel}</EditorsText>
            </p>
          )}
          <ClaimsTable claims={detail.parts} caption={t.figure.partsHeading} showIndicator />
          <p className="muted">{t.figure.qualifierRule}</p>
        </section>
      )}

      <section>
        <Sub>{t.figure.sourceHeading}</Sub>
        <dl className={styles.facts}>
          <dt>{t.table.source}</dt>
          <dd>
            {source ? (
              <>
                <strong>{source.name}</strong> ({t.sourceKind[source.kind]})
                {source.url && (
                  <>
                    {" · "}
                    <a href={source.url} rel="noreferrer">
                      {t.figure.website}
                    </a>
                  </>
                )}
              </>
            ) : (
              claim.sourceId
            )}
          </dd>
          {source && (
            <>
              <dt>{t.figure.reliability}</dt>
              <dd>
                <strong>{source.reliability}</strong>: <EditorsText>{source.reliabilityReason}</EditorsText>
              </dd>
            </>
          )}
          {via && (
            <>
              <dt>{t.figure.via}</dt>
              <dd>
                {via.name} ({t.sourceKind[via.kind]}
                {t.listSeparator}
                {t.figure.gradeOf(via.reliability)})
                {via.url && (
                  <>
                    {" · "}
                    <a href={via.url} rel="noreferrer">
                      {t.figure.website}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
          {detail.document && (
            <>
              <dt>{t.figure.archivedCopy}</dt>
              <dd data-testid="archived-copy">
                <Link href={`/documents/${detail.document.id}`}>{t.figure.archivedOn(formatDate(detail.document.archivedAt.slice(0, 10)))}</Link>
                {" · "}
                <abbr title={t.figure.archivedHashNote}>SHA-256</abbr> <code className={styles.hash}>{detail.document.sha256}</code>
                {!detail.document.quoteFound && <strong className={styles.warning}> {t.figure.quoteNotInCopy}</strong>}
              </dd>
            </>
          )}
          <dt>{t.figure.reportedAt}</dt>
          <dd>{claim.reportedAt ? formatDate(claim.reportedAt) : t.overview.dateUnknown}</dd>
          <dt>{t.figure.dateBasis}</dt>
          <dd>
            <EditorsText>{detail.dateNote}</EditorsText>
          </dd>
          {detail.period && (
            <>
              <dt>{t.figure.period}</dt>
              <dd>{t.figure.periodText(detail.period.start && formatDate(detail.period.start), detail.period.end && formatDate(detail.period.end))}</dd>
            </>
          )}
          {detail.notes && (
            <>
              <dt>{t.figure.notes}</dt>
              <dd>
                <EditorsText>{detail.notes}</EditorsText>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section id="other-claims">
        <Sub>{t.figure.otherClaimsHeading}</Sub>
        {detail.agreement && (
          <p data-testid="agreement">
            <strong>
              {detail.rangeEnds ? (
                <RangeSentence agreement={detail.agreement} {...detail.rangeEnds} />
              ) : (
                t.overview.agreement(detail.agreement.sources, formatInteger(detail.agreement.low), formatInteger(detail.agreement.high))
              )}
            </strong>{" "}
            · {t.figure.reportsCount(detail.agreement.reports)}. <span className="muted">{t.overview.agreementHelp}</span>
          </p>
        )}
        {detail.discrepancy && (
          <p className={styles.discrepancy} data-testid="discrepancy">
            {t.figure.discrepancy(detail.voiceName ?? detail.source?.name ?? claim.sourceShort, formatList(detail.discrepancy.map((v) => formatInteger(v))))}
          </p>
        )}
        {detail.competing.length ? (
          <ClaimGroupsTable groups={detail.competing} caption={t.figure.otherClaimsHeading} />
        ) : (
          <p>{t.overview.noOtherClaims}.</p>
        )}
        {detail.history.length > 0 && (
          <>
            <Sub>{t.figure.historyHeading}</Sub>
            <p className="muted">{t.figure.historyNote}</p>
            <ClaimGroupsTable groups={detail.history} caption={t.figure.historyHeading} />
          </>
        )}
      </section>

      <section>
        <Sub>{t.figure.citeHeading}</Sub>
        <FigureActions citation={detail.citation} csvHref={`/api/figures/${claim.id}?format=csv`} />
        <p className="screen-only">
          <a href={`/changes.atom?figure=${encodeURIComponent(claim.id)}`}>{t.figure.feedLink}</a>
        </p>
      </section>

      {detail.revisions.length > 0 && (
        <section>
          <Sub>{t.figure.revisionsHeading}</Sub>
          <ul className={styles.revisions}>
            {detail.revisions.map((r) => (
              <li key={r.id}>
                {t.figure.revision(r.action, formatDate(r.at.slice(0, 10)), r.author, r.reason)}
                {r.action === "update" && ` (${describeChanges(r.changes)})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
