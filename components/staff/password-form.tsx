"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormProblems } from "@/components/forms/form-problems";
import styles from "@/components/forms/forms.module.css";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

export function PasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const s = useStaffMessages().account;
  const [state, submit, pending] = useActionState(action, emptyFormState);
  const specs: FieldSpec[] = [
    { name: "currentPassword", label: s.currentPassword, kind: "password", required: true },
    { name: "newPassword", label: s.newPassword, kind: "password", required: true, hint: s.newPasswordHint },
  ];
  return (
    <form action={submit} className={styles.form}>
      <FormProblems errors={state.errors} formError={state.formError} specs={specs} idPrefix="password" />
      {state.notice && (
        <p className={styles.notice} role="status">
          {state.notice}
        </p>
      )}
      {specs.map((spec) => (
        <Field key={spec.name} spec={spec} error={state.errors[spec.name]} idPrefix="password" />
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.changePassword}
        </button>
      </div>
    </form>
  );
}
