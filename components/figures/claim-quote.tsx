import { getMessages } from "@/lib/i18n/messages";
import type { DatasetRow } from "@/lib/model";
import styles from "./claim-quote.module.css";
import { DatasetRowEvidence } from "./dataset-row-evidence";

interface QuoteProps {
  quote: string;
  quoteLanguage: string;
  translation?: string;
  url?: string;
  /** Read from a dataset: its row is the evidence, shown as the table it is. */
  dataset?: DatasetRow;
}

/** The source's words in their own language and direction; our translation is marked as ours. */
export function ClaimQuote({ quote, quoteLanguage, translation, url, dataset }: QuoteProps) {
  const t = getMessages();
  if (dataset) return <DatasetRowEvidence dataset={dataset} />;
  return (
    <figure className={styles.figure}>
      <blockquote lang={quoteLanguage} dir="auto" cite={url} className={styles.quote}>
        <p>{quote}</p>
      </blockquote>
      {translation && (
        <figcaption className={styles.translation}>
          <span className={styles.label}>{t.figure.translationLabel}:</span> {translation}
        </figcaption>
      )}
    </figure>
  );
}
