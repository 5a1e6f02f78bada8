import { getMessages } from "@/lib/i18n/messages";
import styles from "./claim-quote.module.css";

interface QuoteProps {
  quote: string;
  quoteLanguage: string;
  translation?: string;
  url?: string;
}

/** The source's words in their own language and direction; our translation is marked as ours. */
export function ClaimQuote({ quote, quoteLanguage, translation, url }: QuoteProps) {
  const t = getMessages();
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
