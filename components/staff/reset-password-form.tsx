"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormProblems } from "@/components/forms/form-problems";
import styles from "@/components/forms/forms.module.css";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

/** An admin's form to give an account a new password. */
export function ResetPasswordForm({ action, accounts }: { action: (state: FormState, formData: FormData) => Promise<FormState>; accounts: { id: number; email: string }[] }) {
  const s = useStaffMessages().users;
  const [state, submit, pending] = useActionState(action, emptyFormState);
  const specs: FieldSpec[] = [
    { name: "userId", label: s.account, kind: "select", required: true, options: accounts.map((a) => ({ value: String(a.id), label: a.email })) },
    { name: "newPassword", label: s.newPassword, kind: "password", required: true },
  ];
  return (
    <form action={submit} className={styles.form}>
      <FormProblems errors={state.errors} formError={state.formError} specs={specs} idPrefix="reset" />
      {state.notice && (
        <p className={styles.notice} role="status">
          {state.notice}
        </p>
      )}
      {specs.map((spec) => (
        <Field key={spec.name} spec={spec} value={state.values[spec.name]} error={state.errors[spec.name]} idPrefix="reset" />
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.reset}
        </button>
      </div>
    </form>
  );
}
