import type { z } from "zod";

/** One problem in one cell: the row as a spreadsheet numbers it, and the column by name. */
export interface RowError {
  file?: string;
  row: number;
  column: string;
  message: string;
}

export class ImportValidationError extends Error {
  constructor(readonly errors: RowError[]) {
    super(
      `Import rejected, nothing was written: ${errors.length} problem(s). ` +
        errors
          .slice(0, 5)
          .map((e) => `${e.file ? `${e.file} ` : ""}row ${e.row}, ${e.column}: ${e.message}`)
          .join("; "),
    );
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
