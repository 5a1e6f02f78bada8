"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import styles from "@/components/forms/forms.module.css";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

/** Pins a claim as the headline of what it counts, with the editors' reason. */
export function PinForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const s = useStaffMessages().claim;
  const [state, submit, pending] = useActionState(action, emptyFormState);
  return (
    <form action={submit} className={styles.form}>
      <Field spec={{ name: "pinnedReason", label: s.pinReason, kind: "text", required: true }} value={state.values.pinnedReason} error={state.errors.pinnedReason} idPrefix="pin" />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.pin}
        </button>
        {state.formError && (
          <span className={styles.error} role="alert">
            {state.formError}
          </span>
        )}
      </div>
    </form>
  );
}
