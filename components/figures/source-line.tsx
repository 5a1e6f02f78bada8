import { getMessages } from "@/lib/i18n/messages";
import type { ClaimSummary } from "@/lib/queries/claim-summary";
import styles from "./source-line.module.css";

/** "SOHR (grade B), via Seed report": who counted first, then who relayed it. */
export function SourceLine({ claim }: { claim: Pick<ClaimSummary, "sourceShort" | "sourceName" | "sourceReliability" | "viaShort"> }) {
  const t = getMessages();
  return (
    <p className={styles.line}>
      <abbr title={claim.sourceName}>{claim.sourceShort}</abbr>{" "}
      <span className={styles.grade} title={t.figure.reliability}>
        <span className="visually-hidden">{t.figure.reliability}: </span>
        {claim.sourceReliability}
      </span>
      {claim.viaShort && (
        <span className={styles.via}>
          {" "}
          · {t.figure.via.toLowerCase()} {claim.viaShort}
        </span>
      )}
    </p>
  );
}
