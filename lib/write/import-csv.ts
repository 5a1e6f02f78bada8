import type { Database } from "@/lib/db/client";
import { decodeCsvFile } from "@/lib/import/decode-csv";
import type { DatasetColumn } from "@/lib/import/hxl-dataset/dataset-claims";
import { foreignHxlTable } from "@/lib/import/hxl-dataset/recognise";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import type { DatasetReference } from "@/lib/model";
import { importHxlDataset } from "./import-hxl-dataset";
import { auditInTransaction, type Writer } from "./writer";

export interface CsvImportOptions {
  fileName?: string;
  reason: string;
  dryRun: boolean;
  /** For a dataset published elsewhere: the situation whose places its rows name (default: the default one). */
  situation?: string;
  /** For a dataset published elsewhere: what it is; each row's #meta+source and #meta+url stand in for what is left out. */
  dataset?: Partial<DatasetReference>;
}

/** For an HXL dataset: each column and what became of it. */
export type CsvImportResult = ImportResult & { datasetColumns?: DatasetColumn[] };

/**
 * A figures CSV from the browser or the API: Sitrep's own columns (the
 * export's), or an HXL-tagged dataset published elsewhere, recognised by its
 * hashtag row. Every row validated, then all written in one transaction or
 * none. A dry run answers exactly what the real run would do, row by row.
 */
export async function importFiguresCsv(db: Database, writer: Writer, bytes: Uint8Array, options: CsvImportOptions): Promise<CsvImportResult> {
  const fileName = options.fileName ?? "upload.csv";
  const text = decodeCsvFile(bytes, fileName);
  const dataset = foreignHxlTable(text);
  if (dataset) return importHxlDataset(db, writer, dataset, { fileName, reason: options.reason, dryRun: options.dryRun, situation: options.situation, dataset: options.dataset ?? {} });
  return importDataset(
    db,
    { figuresCsv: text, figuresFileName: fileName },
    {
      author: writer.author,
      userId: writer.userId,
      reason: options.reason,
      dryRun: options.dryRun,
      inTransaction: auditInTransaction(writer, "import", fileName, { bytes: bytes.byteLength }),
    },
  );
}
