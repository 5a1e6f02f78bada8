import { monthNames } from "@/lib/model/problems";
/**
 * The schemas in lib/model and lib/auth word their errors in English, as the
 * API and the importer answer them (machine-read and logged). Forms show them
 * in the page's language: each known message, and the few that carry a
 * number, translated here; anything else shown as it is rather than lost.
 */
type Table = { exact: Record<string, string>; patterns: [RegExp, (...groups: string[]) => string][] };

export function validationTranslator({ exact, patterns }: Table): (message: string) => string {
  return (message) => {
    if (exact[message]) return exact[message];
    for (const [pattern, render] of patterns) {
      const match = pattern.exec(message);
      if (match) return render(...match.slice(1));
    }
    return message;
  };
}

/** The messages a form can show, English as the schemas write them. */
export const atMostCharacters = /^must be at most ([\d,]+) characters$/;
export const atMostNumber = /^must be at most ([\d,]+)$/;
export const atLeastCharacters = /^must be at least ([\d,]+) characters$/;
export const unknownReference = /^unknown (source|location|claim|figure|event) '(.+)'$/;
export const unsafeCharacter = /^contains (?:the control character|a broken character \(half of a UTF-16 pair,) (U\+[0-9A-F]{4})(?: \([a-zA-Z ]+\)|\))? at character (\d+); only tab and line breaks are allowed among control characters$/;
/** lib/model/problems.ts: a wrong choice, and a date that is not one, with the value sent. */
export const notAChoice = /^'(.*)' is not (a qualifier|an indicator|a population group|a unit|a kind|a status|a kind of count|a language|a reliability grade|a facility status|a role|one of the choices): use (.+)$/;
export const notADateMonth = /^(\S+) is not a date \(month (\d+)\)$/;
export const notADateDays = /^(\S+) is not a date \((\w+) (\d{4}) has (\d+) days\)$/;
export const notWrittenAsDate = /^'(.*)' must be a date written YYYY-MM-DD, e.g. 2026-01-13$/;
/** The month an English message names, as its number (1–12), for a translation to name it in its own words. */
export const monthNumber = (english: string) => monthNames.indexOf(english) + 1;
