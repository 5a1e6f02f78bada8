"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormProblems } from "@/components/forms/form-problems";
import styles from "@/components/forms/forms.module.css";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

export function UserForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const s = useStaffMessages();
  const [state, submit, pending] = useActionState(action, emptyFormState);
  const specs: FieldSpec[] = [
    { name: "email", label: s.users.email, kind: "email", required: true },
    { name: "name", label: s.users.name, kind: "text", required: true },
    { name: "role", label: s.users.role, kind: "select", required: true, options: (["editor", "admin"] as const).map((r) => ({ value: r, label: s.users.roles[r] })) },
    { name: "password", label: s.users.password, kind: "password", required: true },
  ];
  return (
    <form action={submit} className={styles.form}>
      <FormProblems errors={state.errors} formError={state.formError} specs={specs} idPrefix="user" />
      {state.notice && (
        <p className={styles.notice} role="status">
          {state.notice}
        </p>
      )}
      {specs.map((spec) => (
        <Field key={spec.name} spec={spec} value={spec.name === "password" ? "" : state.values[spec.name]} error={state.errors[spec.name]} idPrefix="user" />
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.users.create}
        </button>
      </div>
    </form>
  );
}
