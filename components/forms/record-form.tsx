"use client";
import { useActionState, useState } from "react";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyFormState, type FieldValue, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import { Field } from "./field";
import { Link } from "@/lib/i18n/navigation";

const filled = (value: FieldValue | undefined) => (Array.isArray(value) ? value.length > 0 : typeof value === "string" ? value.trim() !== "" : Boolean(value));
import { FormProblems } from "./form-problems";
import styles from "./forms.module.css";

/**
 * A record's form: its fields, each error next to its field and in a list
 * above, and a question to confirm when saving would change a headline.
 * Posts to a server action, so it works without JavaScript too.
 */
export function RecordForm({
  specs,
  action,
  initialValues = {},
  reasonLabel,
  reasonRequired = false,
  submitLabel,
  openedAtVersion,
  openMore = false,
}: {
  specs: FieldSpec[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues?: Record<string, FieldValue>;
  reasonLabel: string;
  reasonRequired?: boolean;
  submitLabel: string;
  /** The stored record's version when the form was opened: saving checks it, so a change made meanwhile is not overwritten. */
  openedAtVersion?: number;
  /** Open "More fields" where a stored record fills one of them (an edit), so its values are seen. */
  openMore?: boolean;
}) {
  const s = useStaffMessages();
  const [state, submit, pending] = useActionState(action, { ...emptyFormState, values: initialValues });
  // Kept from the first render: the page refreshes itself when the data changes, but the fields keep what was typed.
  const [openedAt] = useState(openedAtVersion);
  const values = { ...initialValues, ...state.values };
  const reasonSpec: FieldSpec = { name: "reason", label: reasonLabel, kind: "text", required: reasonRequired };
  return (
    <form action={submit} className={styles.form} noValidate>
      {openedAt !== undefined && <input type="hidden" name="figureVersion" value={openedAt} />}
      {state.notice && (
        <div className={styles.notice} role="status">
          {state.notice.split("\n").map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {state.savedHref && (
            <p>
              <Link href={state.savedHref}>{s.form.seeSaved}</Link>
            </p>
          )}
        </div>
      )}
      <FormProblems errors={state.errors} formError={state.formError} specs={[...specs, reasonSpec]} />
      {specs
        .filter((spec) => !spec.more)
        .map((spec) => (
          <Field key={spec.name} spec={spec} value={values[spec.name]} error={state.errors[spec.name]} />
        ))}
      {specs.some((spec) => spec.more) && (
        // Open when one of its fields holds an error or a stored value, so nothing to fix or keep is hidden.
        <details className={styles.more} open={specs.some((spec) => spec.more && (state.errors[spec.name] || (openMore && filled(values[spec.name]))))}>
          <summary>{s.form.moreFields}</summary>
          {specs
            .filter((spec) => spec.more)
            .map((spec) => (
              <Field key={spec.name} spec={spec} value={values[spec.name]} error={state.errors[spec.name]} />
            ))}
        </details>
      )}
      <Field spec={reasonSpec} value={values.reason} error={state.errors.reason} />
      {state.confirm && (
        <div className={styles.confirm} role="alert">
          <p>
            <strong>{state.confirm}</strong> {s.claim.confirmHint}
          </p>
          <input type="hidden" name="confirmed" value="1" />
        </div>
      )}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {state.confirm ? s.form.saveAnyway : submitLabel}
        </button>
      </div>
    </form>
  );
}
