/**
 * The largest import Sitrep takes, from `npm run import` and `POST /api/import`
 * alike (stated in the README). 100,000 generated claims are about 25 MB.
 */
export const IMPORT_LIMITS = { bytes: 32 * 1024 * 1024, rows: 200_000 } as const;

export class ImportTooLargeError extends Error {
  constructor(readonly limit: "bytes" | "rows") {
    super(
      limit === "bytes"
        ? `Import refused, nothing was written: the file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB. Split it into smaller files.`
        : `Import refused, nothing was written: the file has more than ${IMPORT_LIMITS.rows.toLocaleString("en")} rows. Split it into smaller files.`,
    );
  }
}

/** Refuses an oversized file before a byte of it is parsed. */
export function assertImportSize(byteLength: number): void {
  if (byteLength > IMPORT_LIMITS.bytes) throw new ImportTooLargeError("bytes");
}
