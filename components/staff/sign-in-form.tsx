"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormProblems } from "@/components/forms/form-problems";
import styles from "@/components/forms/forms.module.css";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyFormState, type FormState } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

export function SignInForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const s = useStaffMessages().signIn;
  const [state, submit, pending] = useActionState(action, emptyFormState);
  const specs: FieldSpec[] = [
    { name: "email", label: s.email, kind: "email", required: true },
    { name: "password", label: s.password, kind: "password", required: true },
  ];
  return (
    <form action={submit} className={styles.form}>
      <FormProblems errors={state.errors} formError={state.formError} specs={specs} />
      {specs.map((spec) => (
        <Field key={spec.name} spec={spec} value={spec.name === "email" ? state.values.email : ""} error={state.errors[spec.name]} />
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.submit}
        </button>
      </div>
    </form>
  );
}
