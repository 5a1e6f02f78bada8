import { getMessages } from "@/lib/i18n/messages";
import type { DatasetRow } from "@/lib/model";
import styles from "./claim-quote.module.css";

/** A claim read from a dataset: which dataset, which row, and the row's cells as published, so a reader can check the figure. */
export function DatasetRowEvidence({ dataset }: { dataset: DatasetRow }) {
  const t = getMessages();
  const caption = t.figure.datasetRow(dataset.row);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.dataset}>
        <span className={styles.label}>{caption}:</span>{" "}
        {dataset.url ? (
          <a href={dataset.url} rel="noreferrer">
            <bdi>{dataset.title}</bdi>
          </a>
        ) : (
          <bdi>{dataset.title}</bdi>
        )}
        , {t.figure.datasetPublisher(dataset.publisher)}
        {dataset.version && `, ${t.figure.datasetVersion(dataset.version)}`}
      </figcaption>
      <div className="table-scroll">
        <table className={styles.rowTable}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.figure.datasetColumn}</th>
              <th scope="col">{t.figure.datasetValue}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.values.map((cell, i) => {
              const isFigure = dataset.valueColumn === i + 1;
              return (
                <tr key={i} className={isFigure ? styles.figureCell : undefined}>
                  <th scope="row">
                    {cell.column && <bdi>{cell.column}</bdi>} <code className={styles.hashtag}>{cell.hashtag}</code>
                  </th>
                  <td dir="auto">{isFigure ? <strong>{cell.value}</strong> : cell.value}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
