import type { Database } from "@/lib/db/client";
import { decodeCsvFile } from "@/lib/import/decode-csv";
import { importDataset, type ImportResult } from "@/lib/import/import-dataset";
import { auditInTransaction, type Writer } from "./writer";

/**
 * A figures CSV from the browser or the API, the columns /api/figures?format=csv
 * exports: every row validated, then all written in one transaction or none.
 * A dry run answers exactly what the real run would do, row by row.
 */
export async function importFiguresCsv(db: Database, writer: Writer, bytes: Uint8Array, options: { fileName?: string; reason: string; dryRun: boolean }): Promise<ImportResult> {
  const fileName = options.fileName ?? "upload.csv";
  const text = decodeCsvFile(bytes, fileName);
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
