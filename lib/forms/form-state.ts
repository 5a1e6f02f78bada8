import type { RowError } from "@/lib/import/errors";

export type FieldValue = string | string[] | boolean;

/** What a form shows after a submit: the values as typed, each field's error, and a question to confirm. */
export interface FormState {
  values: Record<string, FieldValue>;
  errors: Record<string, string>;
  /** A problem that belongs to no single field. */
  formError?: string;
  /** Saving would change a headline: say so, and save only when asked again. */
  confirm?: string;
  /** Shown after a save that stays on the page; lines split on "\n". */
  notice?: string;
  /** The record just saved, linked under the notice. */
  savedHref?: string;
}

export const emptyFormState: FormState = { values: {}, errors: {} };

/** The importer's errors (column = the record's field) by form field; the rest as one form-level message. */
export function errorsByField(errors: RowError[], fieldOf: (column: string) => string | undefined = (c) => c): Pick<FormState, "errors" | "formError"> {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = fieldOf(error.column);
    if (field) byField[field] ??= error.message;
    else other.push(`${error.column}: ${error.message}`);
  }
  return { errors: byField, formError: other.length ? other.join("; ") : undefined };
}
