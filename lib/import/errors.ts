import type { z } from "zod";

/** One problem in one cell: the row as a spreadsheet numbers it, and the column by name. */
export interface RowError {
  file?: string;
  row: number;
  column: string;
  message: string;
}

/** A file can hold 200,000 bad rows: answers list the first this many and say how many more there are. */
export const MAX_LISTED_ERRORS = 1000;

export class ImportValidationError extends Error {
  /** The first MAX_LISTED_ERRORS problems, in file and row order: what answers and forms show. */
  readonly errors: RowError[];
  /** How many problems there are beyond those listed. */
  readonly notListed: number;

  constructor(readonly allErrors: RowError[]) {
    super(
      `Import rejected, nothing was written: ${allErrors.length} problem(s). ` +
        allErrors
          .slice(0, 5)
          .map((e) => `${e.file ? `${e.file} ` : ""}row ${e.row}, ${e.column}: ${e.message}`)
          .join("; "),
    );
    this.errors = allErrors.slice(0, MAX_LISTED_ERRORS);
    this.notListed = allErrors.length - this.errors.length;
  }
}

export function zodIssuesToRowErrors(
  error: z.ZodError,
  row: number,
  columnFor: (field: string) => string = (field) => field,
  file?: string,
): RowError[] {
  return error.issues.map((issue) => ({
    file,
    row,
    column: issue.path.length ? columnFor(String(issue.path[0])) + issue.path.slice(1).map((p) => `.${String(p)}`).join("") : "(row)",
    message: issue.message,
  }));
}
