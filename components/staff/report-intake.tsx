"use client";
import { useActionState } from "react";
import type { FieldSpec } from "@/lib/forms/field-spec";
import { emptyCandidatesSave, emptyReportRead, type CandidatesSaveState, type ReportReadState } from "@/lib/forms/intake-state";
import type { Candidate } from "@/lib/intake/candidate";
import { quoteLanguageOf } from "@/lib/intake/quote-language";
import type { QuoteLanguage } from "@/lib/model";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import { Field } from "@/components/forms/field";
import forms from "@/components/forms/forms.module.css";
import styles from "./report-intake.module.css";

type Option = { value: string; label: string };

export interface IntakeOptions {
  sources: Option[];
  places: Option[];
  indicators: Option[];
  groups: Option[];
  qualifiers: Option[];
  units: Option[];
  languages: Option[];
}

/** The sentence with its number marked, as it stands in the archived text. */
function QuoteWithNumber({ candidate }: { candidate: Candidate }) {
  const from = candidate.numberStart - candidate.start;
  const to = candidate.numberEnd - candidate.start;
  return (
    <blockquote className={styles.quote} dir="auto">
      {candidate.quote.slice(0, from)}
      <mark>{candidate.quote.slice(from, to)}</mark>
      {candidate.quote.slice(to)}
    </blockquote>
  );
}

/** Ticked when the text gave all a claim needs; a vague count or a missing field waits for the editor. */
const complete = (c: Candidate) => c.value !== undefined && Boolean(c.indicator && c.group && c.sourceId) && c.flags.length === 0;

function CandidateFields({
  candidate,
  n,
  options,
  publishedAt,
  language,
  today,
  errors,
  sent,
}: {
  candidate: Candidate;
  n: number;
  options: IntakeOptions;
  publishedAt?: string;
  language?: QuoteLanguage;
  today: string;
  errors: Record<string, string>;
  /** What the editor sent, after a save that was refused: kept rather than the proposal. */
  sent?: Record<string, string | string[]>;
}) {
  const s = useStaffMessages();
  const f = s.claim.fields;
  const i = String(n);
  const choose = (list: Option[]) => [{ value: "", label: s.intake.choose }, ...list];
  const field = (spec: FieldSpec, proposed: string | string[] | boolean | undefined) => {
    const name = `${i}.${spec.name}`;
    const value = !sent ? proposed : spec.kind === "checkbox" ? sent[name] === "on" : spec.kind === "checkboxes" ? (sent[name] ?? []) : (sent[name] ?? "");
    return <Field spec={{ ...spec, name }} value={value} error={errors[name]} idPrefix={`candidate-${i}`} />;
  };
  // The server decides the quote's language the same way; any language but English needs a translation.
  const needsTranslation = quoteLanguageOf(candidate.quote, language) !== "en";
  const shown = new Set(["keep", "quote", "value", "qualifier", "valueHigh", "unit", "indicator", "group", "reportedAt", "sourceId", "locationIds", ...(needsTranslation ? ["translation"] : [])]);
  // A refusal about a field this card has no box for (a date note, a kind of count) is said on the card itself.
  const otherErrors = Object.entries(errors).filter(([key]) => key.startsWith(`${i}.`) && !shown.has(key.slice(i.length + 1)));
  return (
    <fieldset className={styles.candidate} data-candidate={i}>
      <legend>
        {s.intake.candidate(n + 1)}: <span dir="auto">{candidate.valueText}</span>
      </legend>
      <input type="hidden" name="candidate" value={i} />
      <input type="hidden" name={`${i}.quote`} value={candidate.quote} />
      <QuoteWithNumber candidate={candidate} />
      {errors[`${i}.quote`] && <span className={forms.error}>{s.validation(errors[`${i}.quote`])}</span>}
      {otherErrors.map(([key, message]) => (
        <p key={key} className={forms.error} role="alert">
          {key.slice(i.length + 1)}: {s.validation(message)}
        </p>
      ))}
      {candidate.flags.map((flag) => (
        <p key={flag} className={styles.flag}>
          {s.intake.flags[flag]} {flag === "unknown-originator" && candidate.sourceText ? <q dir="auto">{candidate.sourceText}</q> : null}
        </p>
      ))}
      {field({ name: "keep", label: s.intake.keep, kind: "checkbox" }, complete(candidate))}
      <div className={styles.row}>
        {field({ name: "value", label: f.value, kind: "number", required: true }, candidate.value === undefined ? "" : String(candidate.value))}
        {field({ name: "qualifier", label: f.qualifier, kind: "select", required: true, options: options.qualifiers }, candidate.qualifier)}
        {field({ name: "valueHigh", label: f.valueHigh, kind: "number" }, candidate.valueHigh === undefined ? "" : String(candidate.valueHigh))}
        {field({ name: "unit", label: f.unit, kind: "select", required: true, options: options.units }, candidate.unit)}
      </div>
      <div className={styles.row}>
        {field({ name: "indicator", label: f.indicator, kind: "select", required: true, options: choose(options.indicators) }, candidate.indicator ?? "")}
        {field({ name: "group", label: f.group, kind: "select", required: true, options: choose(options.groups) }, candidate.group ?? "")}
        {field({ name: "reportedAt", label: f.reportedAt, kind: "date" }, publishedAt ?? today)}
      </div>
      {field({ name: "sourceId", label: f.sourceId, kind: "select", required: true, options: choose(options.sources), hint: s.intake.sourceHint }, candidate.sourceId ?? "")}
      {field({ name: "locationIds", label: s.intake.places, kind: "checkboxes", required: true, options: options.places, hint: candidate.placeIds.length ? undefined : s.intake.noPlaces }, candidate.placeIds)}
      {needsTranslation && field({ name: "translation", label: f.translation, kind: "textarea", required: true }, "")}
    </fieldset>
  );
}

/**
 * Adding a report: paste or upload its text, get a candidate claim for each
 * figure in it, tick and correct them, save them in one step. Both steps are
 * server actions, so it works without JavaScript as well.
 */
export function ReportIntake({
  readAction,
  saveAction,
  options,
  defaults,
  today,
  situationHref,
  situationTitle,
  claimsHref,
  reportHref,
}: {
  readAction: (state: ReportReadState, formData: FormData) => Promise<ReportReadState>;
  saveAction: (state: CandidatesSaveState, formData: FormData) => Promise<CandidatesSaveState>;
  options: IntakeOptions;
  defaults: { outlet?: string };
  today: string;
  situationHref: string;
  situationTitle: string;
  /** Where a claim's page is: the id follows. */
  claimsHref: string;
  /** This page, to add another report. */
  reportHref: string;
}) {
  const s = useStaffMessages();
  const [read, submitRead, reading] = useActionState(readAction, emptyReportRead);
  const [saved, submitSave, saving] = useActionState(saveAction, emptyCandidatesSave);
  // No default publication date: a report's own date is what the claims will carry, and today is rarely it.
  const values: Record<string, string> = { outlet: defaults.outlet ?? "", ...read.values };
  const doc = read.document;

  if (saved.saved) {
    return (
      <section className={`${forms.notice} ${styles.done}`} role="status" aria-labelledby="intake-saved">
        <h2 id="intake-saved">{s.intake.saved(saved.saved.length)}</h2>
        <ul>
          {saved.saved.map((claim) => (
            <li key={claim.id}>
              <a href={`${claimsHref}${claim.id}`}>{claim.label}</a>
            </li>
          ))}
        </ul>
        <p>
          <strong>{s.intake.readersSee}</strong> {saved.readersSee?.length ? saved.readersSee.join(" ") : s.intake.noChangeForReaders}
        </p>
        <p>
          <a href={situationHref}>{situationTitle}</a> · <a href={reportHref}>{s.intake.another}</a>
        </p>
      </section>
    );
  }

  if (!doc) {
    const spec = (name: keyof typeof s.intake.fields, kind: FieldSpec["kind"], extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, label: s.intake.fields[name], kind, ...extra });
    return (
      <form action={submitRead} className={forms.form} noValidate>
        {read.formError && (
          <p className={forms.error} role="alert">
            {read.formError}
          </p>
        )}
        <Field spec={spec("text", "textarea", { dir: "auto" })} value={values.text} error={read.errors.text} />
        <Field spec={spec("file", "file", { accept: ".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf", hint: s.intake.fileHint })} error={read.errors.file} />
        <Field spec={spec("url", "url")} value={values.url} error={read.errors.url} />
        <Field spec={spec("outlet", "select", { options: [{ value: "", label: s.intake.choose }, ...options.sources] })} value={values.outlet} error={read.errors.outlet} />
        <Field spec={spec("publishedAt", "date")} value={values.publishedAt} error={read.errors.publishedAt} />
        <Field spec={spec("language", "select", { options: [{ value: "", label: s.intake.choose }, ...options.languages] })} value={values.language} error={read.errors.language} />
        <div className={forms.actions}>
          <button type="submit" className="button" disabled={reading}>
            {s.intake.read}
          </button>
        </div>
      </form>
    );
  }

  const candidates = read.candidates ?? [];
  return (
    <form action={submitSave} className={styles.candidates} noValidate>
      <p className={styles.hash}>{s.intake.archived(doc.sha256)}</p>
      <input type="hidden" name="documentId" value={doc.id} />
      <p role="status">{candidates.length ? s.intake.found(candidates.length) : s.intake.noFigures}</p>
      {saved.formError && (
        <p className={forms.error} role="alert">
          {s.validation(saved.formError)}
        </p>
      )}
      {candidates.map((candidate, n) => (
        <CandidateFields key={`${candidate.start}-${candidate.numberStart}`} candidate={candidate} n={n} options={options} publishedAt={doc.publishedAt} language={doc.language} today={today} errors={saved.errors} sent={saved.values} />
      ))}
      {candidates.length > 0 && (
        <div className={forms.actions}>
          <button type="submit" className="button" disabled={saving}>
            {s.intake.saveTicked}
          </button>
        </div>
      )}
    </form>
  );
}
