import type { Figure } from "@/lib/model";
import type { FieldValue } from "./form-state";

/** A stored claim as the form's fields show it. */
export function claimFormValues(figure: Figure): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(figure)) {
    if (value === undefined || value === null) continue;
    values[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return values;
}

/** A new claim's form starts from the usual choices. */
export const newClaimDefaults: Record<string, FieldValue> = {
  quoteLanguage: "en",
  unit: "people",
  group: "all",
  qualifier: "exact",
  countKind: "cumulative",
  status: "current",
  dateNote: "date shown on the page",
};
