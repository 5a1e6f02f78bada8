import styles from "./summary.module.css";

/**
 * A graphic drawn on the server as SVG markup (its text escaped where it was
 * built), shown inline so it prints as vectors and needs no script.
 */
export function SvgGraphic({ svg, label }: { svg: string; label: string }) {
  // Focusable, so a keyboard can scroll it sideways where it is wider than a phone.
  return <div className={styles.graphic} role="img" aria-label={label} tabIndex={0} dangerouslySetInnerHTML={{ __html: svg }} />;
}
