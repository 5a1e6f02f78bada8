"use client";
import { useActionState } from "react";
import styles from "@/components/forms/forms.module.css";
import type { SubscribeFormState } from "@/lib/forms/actions/subscribe";
import type { OutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { noticeKinds } from "@/lib/model";

export interface SubscribeChoices {
  indicators: { id: string; name: string }[];
  places: { id: string; name: string }[];
}

/** The form's words, given by the page: they stay out of the readers' bundle of messages. */
export type SubscribeFormTexts = Pick<OutgoingMessages["subscribe"], "email" | "kinds" | "kind" | "indicators" | "places" | "digest" | "digests" | "submit" | "sent">;

/** Works without JavaScript (a server action); each problem shows beside its field. */
export function SubscribeForm({ action, choices, texts: s }: { action: (state: SubscribeFormState, formData: FormData) => Promise<SubscribeFormState>; choices: SubscribeChoices; texts: SubscribeFormTexts }) {
  const [state, submit, pending] = useActionState(action, {});
  if (state.sent) {
    return (
      <p className={styles.notice} role="status">
        {s.sent}
      </p>
    );
  }
  return (
    <form action={submit} className={styles.form}>
      {state.formError && (
        <p className={styles.error} role="alert">
          {state.formError}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="subscribe-email">{s.email}</label>
        <input id="subscribe-email" name="email" type="email" autoComplete="email" dir="ltr" required defaultValue={state.email} aria-invalid={Boolean(state.errors?.email)} aria-describedby={state.errors?.email ? "subscribe-email-error" : undefined} />
        {state.errors?.email && (
          <p id="subscribe-email-error" className={styles.error}>
            {state.errors.email}
          </p>
        )}
      </div>
      <fieldset className={styles.field} aria-describedby={state.errors?.kinds ? "subscribe-kinds-error" : undefined}>
        <legend>{s.kinds}</legend>
        {noticeKinds.map((kind) => (
          <label key={kind} className={styles.checkbox}>
            <input type="checkbox" name="events" value={kind} defaultChecked={kind === "headline"} /> {s.kind[kind]}
          </label>
        ))}
        {state.errors?.kinds && (
          <p id="subscribe-kinds-error" className={styles.error}>
            {state.errors.kinds}
          </p>
        )}
      </fieldset>
      {choices.indicators.length > 1 && (
        <fieldset className={styles.field}>
          <legend>{s.indicators}</legend>
          {choices.indicators.map((indicator) => (
            <label key={indicator.id} className={styles.checkbox}>
              <input type="checkbox" name="indicators" value={indicator.id} /> {indicator.name}
            </label>
          ))}
        </fieldset>
      )}
      {choices.places.length > 1 && (
        <fieldset className={styles.field}>
          <legend>{s.places}</legend>
          {choices.places.map((place) => (
            <label key={place.id} className={styles.checkbox}>
              <input type="checkbox" name="locations" value={place.id} /> {place.name}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className={styles.field}>
        <legend>{s.digest}</legend>
        {(["none", "hour", "day"] as const).map((digest) => (
          <label key={digest} className={styles.checkbox}>
            <input type="radio" name="digest" value={digest} defaultChecked={digest === "none"} /> {s.digests[digest]}
          </label>
        ))}
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {s.submit}
        </button>
      </div>
    </form>
  );
}
