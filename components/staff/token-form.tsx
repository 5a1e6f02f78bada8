"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormProblems } from "@/components/forms/form-problems";
import styles from "@/components/forms/forms.module.css";
import type { TokenFormState } from "@/lib/forms/actions/tokens";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

export function TokenForm({ action }: { action: (state: TokenFormState, formData: FormData) => Promise<TokenFormState> }) {
  const s = useStaffMessages().account;
  const [state, submit, pending] = useActionState(action, { values: {}, errors: {} });
  const spec: FieldSpec = { name: "name", label: s.tokenName, kind: "text", required: true };
  return (
    <form action={submit} className={styles.form}>
      <FormProblems errors={state.errors} formError={state.formError} specs={[spec]} idPrefix="token" />
      {state.token && (
        <div className={styles.notice} role="status">
          <p>{s.newToken}</p>
          <code data-testid="new-token">{state.token}</code>
        </div>
      )}
      <Field spec={spec} value={state.values.name} error={state.errors.name} idPrefix="token" />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.createToken}
        </button>
      </div>
    </form>
  );
}
