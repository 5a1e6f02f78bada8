import { SummaryFigure } from "@/components/summary/summary-figure";
import { SvgGraphic } from "@/components/summary/svg-graphic";
import styles from "@/components/summary/summary.module.css";
import { formatDate, todayIso } from "@/lib/format/dates";
import { whenText } from "@/lib/format/when-text";
import { getMessages } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { contextShapesOf } from "@/lib/map/context-layers";
import { mapModel } from "@/lib/queries/map";
import { enterSituation, situationPath, type SituationParams } from "@/lib/situations/page-situation";
import { briefFileLinks } from "@/lib/summary/brief-files";
import { buildSummary } from "@/lib/summary/build-summary";
import { summaryGraphics } from "@/lib/summary/summary-graphics";
import { publicAddress } from "@/lib/site-url";
import { situationMetadataAt } from "@/lib/i18n/page-metadata";
import { situationShortTitle } from "@/lib/situations/texts";
import { Bidi } from "@/components/ui/bidi";
import { KeyFiguresList } from "@/components/summary/key-figures-list";

export const generateMetadata = situationMetadataAt("/summary", ({ situation }) => ({
  title: `${getMessages().summary.pageTitle}: ${situationShortTitle(situation)}`,
  description: getMessages().summary.lede,
}));

/**
 * The one-minute brief for donors: server-rendered, no script needed to read
 * it, an A4 print stylesheet, and the same page printed to PDF on the server.
 */
export default async function SummaryPage({ params }: { params: SituationParams }) {
  const { locale, snapshot } = await enterSituation(params);
  const t = getMessages();
  const s = t.summary;
  const summary = perVersionInLocale(snapshot, "summary", () => buildSummary(snapshot));
  const graphics = perVersionInLocale(snapshot, "summary-graphics", () => summaryGraphics(snapshot, todayIso(), summary.dataDate, contextShapesOf(mapModel(snapshot))));
  const files = briefFileLinks(summary.situationId, locale, graphics.chartModel?.id);
  const dataDate = summary.dataDate ? formatDate(summary.dataDate) : "";
  const address = publicAddress(`/${locale}${situationPath(summary.situationId, "/summary")}`);
  return (
    <article className={styles.brief}>
      <header>
        <p className={styles.kicker}>{s.pageTitle}</p>
        <h1>{s.title(summary.title)}</h1>
        <div className={styles.meta}>
          {dataDate && (
            <p data-testid="data-date">
              <Bidi text={s.dataAsOf(dataDate)} />
            </p>
          )}
          <KeyFiguresList summary={summary} />
          <p className={styles.screenOnly} data-controls>
            {/* A file, not a page: a plain link. */}
            <a href={files.pdf} download>
              {s.downloadPdf}
            </a>{" "}
            <span className="muted">({s.pdfNote})</span> · <Link href={situationPath(summary.situationId)}>{s.overviewLink}</Link>
          </p>
        </div>
        <p className="lede">{s.lede}</p>
      </header>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{s.keyFiguresHeading}</h2>
        <ul className={styles.figures}>
          {summary.figures.map((figure) => (
            <SummaryFigure key={figure.key} figure={figure} />
          ))}
        </ul>
        {/* One click away, so the figures with their ends and scale stay a minute's read. */}
        <details className="muted">
          <summary>{s.certaintyRuleSummary}</summary>
          <p>{s.certaintyRule}</p>
        </details>
      </section>

      {summary.facilities.map((facility) => (
        <section key={facility.locationId} aria-labelledby={`facility-${facility.locationId}`}>
          <h2 id={`facility-${facility.locationId}`}>{s.hospitalHeading(facility.locationName)}</h2>
          <p data-testid="summary-facility">
            <Link href={facility.latest.href}>
              <Bidi
                text={s.hospitalStatus(
                  facility.latest.facilityStatus ? t.facilityStatus[facility.latest.facilityStatus] : facility.latest.title,
                  facility.latest.viaShort ? t.figure.sourceVia(facility.latest.sourceShort, facility.latest.viaShort) : facility.latest.sourceShort,
                  facility.latest.date ? formatDate(facility.latest.date) : whenText(facility.latest, t),
                )}
              />
            </Link>
          </p>
        </section>
      ))}

      <section aria-labelledby="what-happened">
        <h2 id="what-happened">{s.whatHappenedHeading}</h2>
        <p className="muted">{s.whatHappenedNote}</p>
        <ul className={styles.events}>
          {summary.events.map((event) => (
            <li key={event.id}>
              <Link href={event.href}>
                <Bidi text={s.eventLine(event.date ? formatDate(event.date) : whenText(event, t), event.title)} />
              </Link>{" "}
              {/* Who relayed it is one click away, on the account: the brief stays a minute's read. */}
              <span className="muted">
                ({event.sourceShort}
                {event.reportedAt && event.reportedAt !== event.date && `, ${s.reportedLater(formatDate(event.reportedAt))}`})
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{s.sourcesHeading}</h2>
        <ul className={styles.sources}>
          {summary.sources.map((source) => (
            <li key={source.id}>
              <strong>{source.name}</strong> ({s.grade(source.reliability)})
            </li>
          ))}
        </ul>
        <p>
          <Link href="/sources">
            <Bidi text={s.sourcesNote(summary.sources.length, summary.allSources)} />
          </Link>
        </p>
      </section>

      <section aria-labelledby="graphics" className={styles.graphics}>
        <h2 id="graphics" className="visually-hidden">
          {s.mapHeading}
        </h2>
        <SvgGraphic svg={graphics.map} label={s.mapHeading} />
        {graphics.chart && graphics.chartModel && <SvgGraphic svg={graphics.chart} label={graphics.chartModel.title} />}
        {files.chart && (
          <p className={styles.screenOnly} data-controls>
            {/* Files made on the server: plain links. */}
            {s.chartFiles} <a href={files.chart.pdf} download>
              PDF
            </a>{" "}
            ·{" "}
            <a href={files.chart.pptx} download>
              PowerPoint
            </a>{" "}
            ·{" "}
            <a href={files.chart.docx} download>
              Word
            </a>{" "}
            ·{" "}
            <a href={files.chart.csv} download>
              CSV
            </a>
          </p>
        )}
        <p className={styles.screenOnly} data-controls>
          <a href={files.mapPdf} download>
            {t.map.downloadPdf}
          </a>{" "}
          ·{" "}
          <a href={files.mapPdfLetter} download>
            {t.export.downloadPdfLetter}
          </a>
        </p>
        {graphics.chartModel && (
        <details className={styles.screenOnly}>
          <summary>{s.chartTable}</summary>
          <table>
            <caption className="visually-hidden">{graphics.chartModel.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.table.group}</th>
                <th scope="col">{t.table.source}</th>
                <th scope="col">{t.table.value}</th>
              </tr>
            </thead>
            <tbody>
              {graphics.chartModel.marks.map((mark) => (
                <tr key={mark.key}>
                  <td>{mark.category}</td>
                  <td>{mark.series}</td>
                  <td>
                    <Link href={mark.source.href}>{<Bidi text={mark.valueText} />}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        )}
      </section>

      <section aria-labelledby="cite" className={styles.cite}>
        <h2 id="cite">{s.citeHeading}</h2>
        <p>{s.licence}</p>
        {/* Without SITE_URL the address is a path; the PDF makes it absolute (data-path). */}
        <p data-path={address}>{s.citation(summary.title, dataDate, address)}</p>
      </section>
    </article>
  );
}
