"use client";
import type { FieldSpec } from "@/lib/forms/field-spec";
import type { FieldValue } from "@/lib/forms/form-state";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import styles from "./forms.module.css";

/** One labelled field with its hint and error, tied together for screen readers. */
export function Field({ spec, value, error, idPrefix = "field" }: { spec: FieldSpec; value?: FieldValue; error?: string; idPrefix?: string }) {
  const s = useStaffMessages();
  const id = `${idPrefix}-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const common = { id, name: spec.name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined, required: spec.required, dir: spec.dir };
  const text = typeof value === "string" ? value : "";

  if (spec.kind === "checkbox") {
    return (
      <div className={styles.field}>
        <label className={styles.checkbox}>
          <input key={String(value === true)} type="checkbox" {...common} defaultChecked={value === true} /> {spec.label}
        </label>
        {error && (
          <span id={errorId} className={styles.error}>
            {s.validation(error)}
          </span>
        )}
      </div>
    );
  }

  if (spec.kind === "checkboxes") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      // Its id is the error summary's link target, as a single field's is.
      <fieldset id={id} tabIndex={-1} className={styles.field} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>
          {spec.label} {spec.required && <span className={styles.required}>({s.form.required})</span>}
        </legend>
        {spec.hint && (
          <span id={hintId} className={styles.hint}>
            {spec.hint}
          </span>
        )}
        <div className={styles.choices}>
          {spec.options?.map((o) => (
            <label key={o.value} className={styles.checkbox}>
              {/* Keyed by the choice: React 19 resets a form after its action, and a box only takes its default when mounted. */}
              <input key={String(chosen.includes(o.value))} type="checkbox" name={spec.name} value={o.value} defaultChecked={chosen.includes(o.value)} /> {o.label}
            </label>
          ))}
        </div>
        {error && (
          <span id={errorId} className={styles.error}>
            {s.validation(error)}
          </span>
        )}
      </fieldset>
    );
  }

  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {spec.label} {spec.required && <span className={styles.required}>({s.form.required})</span>}
      </label>
      {spec.hint && (
        <span id={hintId} className={styles.hint}>
          {spec.hint}
        </span>
      )}
      {spec.kind === "file" ? (
        <input {...common} type="file" accept={spec.accept} />
      ) : spec.kind === "textarea" ? (
        <textarea {...common} defaultValue={text} />
      ) : spec.kind === "select" || spec.kind === "multiselect" ? (
        // Keyed by value: React 19 resets a form after its action, and a select only takes its default when mounted.
        <select key={JSON.stringify(value ?? "")} {...common} multiple={spec.kind === "multiselect"} defaultValue={spec.kind === "multiselect" ? (Array.isArray(value) ? value : []) : text}>
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={spec.kind === "number" ? "text" : spec.kind}
          // Numbers are typed as text so "155,000" is accepted; the keyboard still offers digits.
          inputMode={spec.kind === "number" ? "decimal" : undefined}
          defaultValue={text}
          autoComplete={spec.kind === "email" ? "username" : spec.kind === "password" ? (spec.name === "newPassword" ? "new-password" : "current-password") : undefined}
        />
      )}
      {error && (
        <span id={errorId} className={styles.error}>
          {s.validation(error)}
        </span>
      )}
    </div>
  );
}
