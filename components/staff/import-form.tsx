"use client";
import { useActionState } from "react";
import styles from "@/components/forms/forms.module.css";
import type { ImportFormState } from "@/lib/forms/actions/import";
import { describeChanges } from "@/lib/format/revision-changes";
import { Link } from "@/lib/i18n/navigation";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import { DatasetMapping } from "./dataset-mapping";

/**
 * Paste or upload, preview every row with what happens to it, then commit.
 * The preview's text goes back into the form, so the commit sends exactly
 * what was previewed. Works without JavaScript (a server action).
 */
export function ImportForm({ action }: { action: (state: ImportFormState, formData: FormData) => Promise<ImportFormState> }) {
  const staff = useStaffMessages();
  const s = staff.import;
  const [state, submit, pending] = useActionState(action, { csv: "", reason: "" });
  const canCommit = Boolean(state.preview) && !state.errors?.length;
  return (
    <form action={submit} className={styles.form} encType="multipart/form-data">
      {state.committed && (
        <div className={styles.notice} role="status">
          <p>{s.committed(state.committed.added, state.committed.changed)}</p>
          <ul>
            {state.committed.rows
              .filter((row) => row.action === "add" || row.action === "change")
              .map((row) => (
                <li key={row.id}>
                  <Link href={`/figures/${row.id}`}>{row.id}</Link>: {s.actions[row.action]}
                  {row.changes && ` (${describeChanges(row.changes)})`}
                </li>
              ))}
          </ul>
        </div>
      )}
      {state.formError && (
        <p className={styles.error} role="alert">
          {state.formError}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="import-csv">{s.paste}</label>
        <textarea id="import-csv" name="csv" defaultValue={state.csv} key={state.csv.length} rows={10} dir="auto" spellCheck={false} />
      </div>
      <div className={styles.field}>
        <label htmlFor="import-file">{s.file}</label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" />
      </div>
      <input type="hidden" name="fileName" value={state.fileName ?? ""} />
      <input type="hidden" name="previewed" value={state.previewed ?? ""} />
      <fieldset className={styles.field}>
        <legend>{s.dataset.legend}</legend>
        <p className="muted">{s.dataset.hint}</p>
        {(
          [
            ["dataset", "title", s.dataset.title],
            ["datasetPublisher", "publisher", s.dataset.publisher],
            ["datasetUrl", "url", s.dataset.url],
            ["datasetVersion", "version", s.dataset.version],
          ] as const
        ).map(([name, field, label]) => (
          <div className={styles.field} key={name}>
            <label htmlFor={`import-${name}`}>{label}</label>
            <input id={`import-${name}`} name={name} type={field === "url" ? "url" : "text"} dir={field === "url" ? "ltr" : "auto"} defaultValue={state.dataset?.[field] ?? ""} key={state.dataset?.[field]} />
          </div>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor="import-reason">{s.reason}</label>
        <input id="import-reason" name="reason" type="text" defaultValue={state.reason} />
      </div>
      <div className={styles.actions}>
        <button type="submit" name="intent" value="preview" className="button" disabled={pending}>
          {s.preview}
        </button>
        {canCommit && (
          <button type="submit" name="intent" value="commit" className="button" disabled={pending}>
            {s.commit}
          </button>
        )}
      </div>
      {state.errors && state.errors.length > 0 && (
        <div className={styles.summary} role="alert">
          <p>{s.rejected}</p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{s.rejected}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.row}</th>
                  <th scope="col">{s.column}</th>
                  <th scope="col">{s.problem}</th>
                </tr>
              </thead>
              <tbody>
                {state.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{staff.validation(e.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {state.datasetColumns && <DatasetMapping columns={state.datasetColumns} />}
      {state.preview && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{state.previewOfOtherRows ? s.otherRowsHeading : s.previewHeading}</h2>
          {state.previewOfOtherRows && <p>{s.otherRowsNote}</p>}
          <p role="status">{s.summary(state.preview.added, state.preview.changed, state.preview.unchanged, state.preview.duplicates)}</p>
          <div className="table-scroll">
            <table className="stacked-table">
              <caption className="visually-hidden">{s.previewHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.row}</th>
                  <th scope="col">Id</th>
                  <th scope="col">{s.action}</th>
                </tr>
              </thead>
              <tbody>
                {state.preview.rows.map((row) => (
                  <tr key={row.id}>
                    <td data-label={s.row}>{row.row}</td>
                    <th scope="row">{row.id}</th>
                    <td data-label={s.action}>
                      {s.actions[row.action]}
                      {row.addsText && `: ${row.addsText}`}
                      {row.duplicateOf && ` (${s.duplicateOf(row.duplicateOf)})`}
                      {row.changes && `: ${describeChanges(row.changes)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </form>
  );
}
