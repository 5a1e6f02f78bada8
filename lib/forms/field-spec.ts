/** One form field, described once: the page renders it, the server action reads it back by the same kind. */
export interface FieldSpec {
  name: string;
  label: string;
  /** "checkboxes" is a multiple choice shown as a list of boxes: no Ctrl-click to choose several. */
  kind: "text" | "number" | "date" | "url" | "email" | "password" | "textarea" | "select" | "multiselect" | "checkboxes" | "checkbox" | "file";
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  /** Right-to-left input (Arabic, Kurdish in Arabic script). */
  dir?: "rtl" | "ltr" | "auto";
  /** For a file: the types offered in the browser's picker (the server checks what arrives). */
  accept?: string;
  /** A field a record rarely needs: folded under "More fields" until opened (or until it holds an error). */
  more?: boolean;
}

export type FieldKinds = Record<string, FieldSpec["kind"]>;

/**
 * A form's values as a record: empty text is absent, numbers are numbers
 * (text that is not one stays text, so validation names it), a multiple
 * choice is a list, a checkbox true or false.
 */
export function recordFromForm(formData: FormData, kinds: FieldKinds): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind === "multiselect" || kind === "checkboxes") {
      record[name] = formData.getAll(name).map(String).filter(Boolean);
      continue;
    }
    if (kind === "checkbox") {
      record[name] = formData.get(name) === "on";
      continue;
    }
    // Files are read by the action that expects them (lib/forms/uploaded-text.ts).
    if (kind === "file") continue;
    const raw = formData.get(name);
    const text = typeof raw === "string" ? raw.trim() : "";
    if (!text) continue;
    record[name] = kind === "number" && /^-?\d+(\.\d+)?$/.test(text.replaceAll(",", "")) ? Number(text.replaceAll(",", "")) : text;
  }
  return record;
}

/** The values to show again after a failed submit: as typed. */
export function valuesFromForm(formData: FormData, kinds: FieldKinds): Record<string, string | string[] | boolean> {
  const values: Record<string, string | string[] | boolean> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind === "multiselect" || kind === "checkboxes") values[name] = formData.getAll(name).map(String);
    else if (kind === "checkbox") values[name] = formData.get(name) === "on";
    // A browser cannot be given a file back: it is chosen again.
    else if (kind === "file") continue;
    else values[name] = String(formData.get(name) ?? "");
  }
  return values;
}

export const kindsOf = (specs: FieldSpec[]): FieldKinds => Object.fromEntries(specs.map((s) => [s.name, s.kind]));
