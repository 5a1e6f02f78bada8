"use client";
import { useActionState } from "react";
import styles from "@/components/forms/forms.module.css";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";

/** One button that runs a server action (revert, set aside) and says how it went, next to itself. */
export function ActionButton({ action, label, accessibleLabel }: { action: (state: FormState, formData: FormData) => Promise<FormState>; label: string; accessibleLabel?: string }) {
  const [state, submit, pending] = useActionState(action, emptyFormState);
  return (
    <form action={submit} className={styles.actions}>
      <button type="submit" className="button" disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      {state.formError && (
        <span className={styles.error} role="alert">
          {state.formError}
        </span>
      )}
      {state.notice && (
        <span className={styles.notice} role="status">
          {state.notice}
        </span>
      )}
    </form>
  );
}
