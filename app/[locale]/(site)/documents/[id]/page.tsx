import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { browserActor } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { localizedMetadata } from "@/lib/i18n/page-metadata";
import { markedRuns } from "@/lib/intake/marked-text";
import { currentSnapshot } from "@/lib/queries/read-model";
import { summarizeClaim } from "@/lib/queries/claim-summary";
import { storedDocument } from "@/lib/write/documents";
import styles from "./document.module.css";
import { Bidi } from "@/components/ui/bidi";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return localizedMetadata(params, `/documents/${id}`, () => ({ title: getMessages().document.title, robots: { index: false } }));
}
// Staff see the text, readers its fingerprint: rendered per request, never cached for both.
export const dynamic = "force-dynamic";

/**
 * An archived report: who published it, where and when, its SHA-256, and the
 * claims quoted from it. Staff also read the text, each quote marked; the
 * copy itself stays staff-only (README "Archived copies").
 */
export default async function DocumentPage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  const t = getMessages();
  const staff = Boolean(await browserActor());
  // The text is read only for staff: a reader's page never holds it, not even unused.
  const document = await storedDocument(await getDb(), id, { withText: staff });
  if (!document) notFound();
  const snapshot = await currentSnapshot();
  const claims = snapshot.claims.filter((c) => c.kind === "reported" && c.documentId === id);
  const outlet = document.outlet ? snapshot.sourcesById.get(document.outlet) : undefined;
  return (
    <article className={styles.document}>
      <h1>
        {t.document.title}
        {outlet ? `: ${outlet.name}` : ""}
      </h1>
      <dl className={styles.facts}>
        {document.url && (
          <>
            <dt>{t.document.address}</dt>
            <dd>
              <a href={document.url} rel="noreferrer" className={styles.address}>
                {document.url}
              </a>
            </dd>
          </>
        )}
        {document.publishedAt && (
          <>
            <dt>{t.document.published}</dt>
            <dd>{formatDate(document.publishedAt)}</dd>
          </>
        )}
        <dt>{t.document.archived}</dt>
        <dd>{formatDate(document.archivedAt.slice(0, 10))}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className={styles.hash}>{document.sha256}</code>
          <p className="muted">{t.figure.archivedHashNote}</p>
        </dd>
      </dl>
      <section>
        <h2>{t.document.claimsHeading}</h2>
        {claims.length ? (
          <ul>
            {claims.map((claim) => {
              const summary = summarizeClaim(claim, snapshot);
              return (
                <li key={claim.id}>
                  <Link href={`/figures/${claim.id}`}>
                    {summary.sourceShort}: {t.indicator[claim.indicator]} ({t.group[claim.group]}), <Bidi text={summary.valueText} />
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t.document.noClaims}</p>
        )}
      </section>
      <section>
        <h2>{t.document.textHeading}</h2>
        {staff ? (
          <div className={styles.text} dir="auto" data-testid="archived-text">
            {markedRuns(document.text, claims.map((c) => (c.kind === "reported" ? c.quote : ""))).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
          </div>
        ) : (
          <p>{t.document.staffOnly}</p>
        )}
      </section>
    </article>
  );
}
