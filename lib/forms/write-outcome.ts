import { ImportValidationError } from "@/lib/import/errors";
import { ImportTooLargeError } from "@/lib/import/limits";
import { RecordNotFoundError, StaleWriteError, WriteConflictError } from "@/lib/write/errors";
import { errorsByField, type FormState } from "./form-state";

/** A refused write as the form shows it: field errors next to their fields, the rest above the form. */
export function formStateFromError(error: unknown, values: FormState["values"], fieldOf?: (column: string) => string | undefined): FormState {
  if (error instanceof ImportValidationError) return { values, ...errorsByField(error.errors, fieldOf) };
  if (error instanceof StaleWriteError || error instanceof WriteConflictError || error instanceof RecordNotFoundError || error instanceof ImportTooLargeError) {
    return { values, errors: {}, formError: error.message };
  }
  throw error;
}
