"use client";
import { useActionState } from "react";
import styles from "@/components/forms/forms.module.css";
import type { WebhookFormState } from "@/lib/forms/actions/alerts";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import { noticeKinds, type Digest, type NoticeKind } from "@/lib/model";

/** Adds a webhook; the signing secret shows once, under the form, to copy into the receiver. */
export function WebhookForm({
  action,
  situations,
  labels,
}: {
  action: (state: WebhookFormState, formData: FormData) => Promise<WebhookFormState>;
  situations: { id: string; title: string }[];
  labels: { kinds: Record<NoticeKind, string>; digests: Record<Digest, string> };
}) {
  const s = useStaffMessages().alerts;
  const [state, submit, pending] = useActionState(action, {});
  const error = (field: string) =>
    state.errors?.[field] && (
      <p id={`webhook-${field}-error`} className={styles.error}>
        {state.errors[field]}
      </p>
    );
  return (
    <form action={submit} className={styles.form}>
      {state.secret && (
        <div className={styles.notice} role="status">
          <p>{s.secretOnce}</p>
          <p>
            <code dir="ltr">{state.secret}</code>
          </p>
        </div>
      )}
      {state.formError && (
        <p className={styles.error} role="alert">
          {state.formError}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="webhook-target">{s.target}</label>
        <input id="webhook-target" name="target" type="url" dir="ltr" required defaultValue={state.secret ? "" : state.target} key={state.secret} aria-invalid={Boolean(state.errors?.target)} aria-describedby={state.errors?.target ? "webhook-target-error" : undefined} />
        {error("target")}
      </div>
      <div className={styles.field}>
        <label htmlFor="webhook-situation">{s.situation}</label>
        <select id="webhook-situation" name="situation">
          {situations.map((situation) => (
            <option key={situation.id} value={situation.id}>
              {situation.title}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.field}>
        <legend>{s.kinds}</legend>
        {noticeKinds.map((kind) => (
          <label key={kind} className={styles.checkbox}>
            <input type="checkbox" name="events" value={kind} defaultChecked /> {labels.kinds[kind]}
          </label>
        ))}
        {error("events")}
      </fieldset>
      <fieldset className={styles.field}>
        <legend>{s.digest}</legend>
        {(["none", "hour", "day"] as const).map((digest) => (
          <label key={digest} className={styles.checkbox}>
            <input type="radio" name="digest" value={digest} defaultChecked={digest === "none"} /> {labels.digests[digest]}
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.add}
        </button>
      </div>
    </form>
  );
}
