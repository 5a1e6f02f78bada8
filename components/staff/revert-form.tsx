"use client";
import { useActionState } from "react";
import forms from "@/components/forms/forms.module.css";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

/**
 * One revision's revert: opened from the history, it says what will change
 * and asks why before anything is written. A <details>, so it opens and posts
 * without JavaScript too.
 */
export function RevertForm({ action, revisionId, preview, accessibleLabel }: { action: (state: FormState, formData: FormData) => Promise<FormState>; revisionId: number; preview: string; accessibleLabel: string }) {
  const s = useStaffMessages();
  const [state, submit, pending] = useActionState(action, emptyFormState);
  const id = `revert-${revisionId}`;
  if (state.notice) {
    return (
      <p className={forms.notice} role="status">
        {state.notice}
      </p>
    );
  }
  return (
    <details open={Boolean(state.errors.reason || state.formError)}>
      <summary aria-label={accessibleLabel}>{s.history.revertOpen}</summary>
      <form action={submit} className={forms.form}>
        <p>{preview}</p>
        <div className={forms.field}>
          <label htmlFor={`${id}-reason`}>
            {s.history.revertReason} <span className={forms.required}>({s.form.required})</span>
          </label>
          <input id={`${id}-reason`} name="reason" type="text" required aria-invalid={state.errors.reason ? true : undefined} aria-describedby={state.errors.reason ? `${id}-error` : undefined} />
          {state.errors.reason && (
            <span id={`${id}-error`} className={forms.error}>
              {s.validation(state.errors.reason)}
            </span>
          )}
        </div>
        {state.formError && (
          <p className={forms.error} role="alert">
            {state.formError}
          </p>
        )}
        <div className={forms.actions}>
          <button type="submit" className="button" disabled={pending}>
            {s.history.revertButton}
          </button>
        </div>
      </form>
    </details>
  );
}
