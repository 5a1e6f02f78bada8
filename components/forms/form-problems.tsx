"use client";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import styles from "./forms.module.css";

/** Above the form: every problem, each linking to its field, announced when it appears. */
export function FormProblems({ errors, formError, specs, idPrefix = "field" }: { errors: Record<string, string>; formError?: string; specs: FieldSpec[]; idPrefix?: string }) {
  const s = useStaffMessages();
  const entries = Object.entries(errors);
  if (!entries.length && !formError) return null;
  const labelOf = (name: string) => specs.find((spec) => spec.name === name)?.label ?? name;
  return (
    <div className={styles.summary} role="alert">
      <p>{s.form.errorsHeading(entries.length + (formError ? 1 : 0))}</p>
      <ul>
        {formError && <li>{s.validation(formError)}</li>}
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${idPrefix}-${name}`}>{labelOf(name)}</a>: {s.validation(message)}
          </li>
        ))}
      </ul>
    </div>
  );
}
