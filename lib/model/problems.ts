/**
 * Validation errors in people's words: the value sent, what is wrong with it
 * and what would be accepted ("'roughly' is not a qualifier: use exact, about,
 * at-least, more-than or up-to"; "2026-13-45 is not a date (month 13)"). The
 * API, the importer and the forms all answer with these; forms translate them
 * (lib/i18n/validation-messages.ts matches their shapes).
 */

/** What a field's values are called, for the choices a person can get wrong. */
export const choiceNouns: Record<string, string> = {
  qualifier: "a qualifier",
  indicator: "an indicator",
  group: "a population group",
  unit: "a unit",
  kind: "a kind",
  status: "a status",
  countKind: "a kind of count",
  count_kind: "a kind of count",
  quoteLanguage: "a language",
  quote_language: "a language",
  reliability: "a reliability grade",
  facilityStatus: "a facility status",
  role: "a role",
  language: "a language",
};

/** "a, b or c": the accepted values, as a sentence lists them. */
export const orList = (values: readonly string[]) => (values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`);

export function choiceProblem(field: string | undefined, input: unknown, values: readonly unknown[]): string {
  const noun = (field && choiceNouns[field]) ?? "one of the choices";
  return `'${String(input)}' is not ${noun}: use ${orList(values.map(String))}`;
}

/** English month names, as the messages below name a month (lib/i18n/validation-messages.ts reads them back). */
export const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why a text is not a calendar date written YYYY-MM-DD, in words that say what to fix. */
export function dateProblem(input: unknown): string {
  const text = String(input);
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return `'${text}' must be a date written YYYY-MM-DD, e.g. 2026-01-13`;
  const [year, month] = parts.slice(1).map(Number);
  if (month < 1 || month > 12) return `${text} is not a date (month ${month})`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${text} is not a date (${monthNames[month - 1]} ${year} has ${days} days)`;
}
