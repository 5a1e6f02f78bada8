/**
 * Text folded for matching words: lower case, one alef for أ إ آ ٱ, ي for ى,
 * ه for ة (Arabic spelling varies there), Arabic-Indic and Persian digits as
 * ASCII, Arabic commas as commas, and without Arabic diacritics and tatweel,
 * so "قُتل" and "وثّق" read as "قتل" and "وثق". `plain` is the same text
 * without the diacritics but with its own letters and case (for names), and
 * `at[i]` is where folded character i stands in the original, so every match
 * maps back to an exact span of what was pasted.
 */
export interface FoldedText {
  folded: string;
  plain: string;
  /** Original offset of each folded UTF-16 unit, and of the end (at[folded.length] = original length). */
  at: number[];
}

const single: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "،": ",", "٬": ",", "٫": ".", "‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'",
};

const isDiacritic = (code: number) => (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;

export function foldText(text: string): FoldedText {
  let folded = "";
  let plain = "";
  const at: number[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!isDiacritic(code)) {
      let mapped: string;
      if (code >= 0x0660 && code <= 0x0669) mapped = String(code - 0x0660);
      else if (code >= 0x06f0 && code <= 0x06f9) mapped = String(code - 0x06f0);
      else mapped = single[char] ?? char.toLowerCase();
      // A character whose lower case is longer (İ) keeps its own length.
      if (mapped.length !== char.length) mapped = char;
      folded += mapped;
      plain += char;
      for (let unit = 0; unit < char.length; unit++) at.push(index + unit);
    }
    index += char.length;
  }
  at.push(text.length);
  return { folded, plain, at };
}

/** The folded form of a word or phrase from the lexicon or the data. */
export const fold = (text: string) => foldText(text).folded;

const letter = /[\p{L}\p{N}]/u;
const arabic = /[\u0600-\u06FF]/;
/** Endings a Latin-script word may take and still be the word: English plurals, Kurmanji case and plural endings. */
const latinEnding = /^(?:s|es|an|ên|ê|î|e|in|ine|ya|yê|yên|ekî|ek)?(?![\p{L}\p{N}])/u;

/**
 * Whether a word found at [start, end) stands alone: no letter or digit joins
 * it, but for the endings words take (Arabic suffixes, English plurals,
 * Kurmanji endings) and Arabic's prefixed و ب ل ف ك and ال.
 */
export function standsAlone(folded: string, start: number, end: number): boolean {
  const after = folded[end];
  const lastLetter = folded[end - 1] ?? "";
  if (after !== undefined && letter.test(after) && !arabic.test(lastLetter) && !(letter.test(lastLetter) && latinEnding.test(folded.slice(end, end + 4)))) return false;
  let before = start;
  // Arabic clitics: up to two single-letter prefixes, then an optional article.
  if (arabic.test(folded[start] ?? "")) {
    const prefix = /(?:[وبلفك]{0,2}(?:ال)?)$/.exec(folded.slice(Math.max(0, start - 4), start));
    before = start - (prefix?.[0].length ?? 0);
  }
  const previous = folded[before - 1];
  return previous === undefined || !letter.test(previous);
}

/** Every place a word or phrase stands alone in folded text. */
export function findWord(folded: string, word: string, from = 0, to = folded.length): number[] {
  const found: number[] = [];
  const needle = fold(word);
  if (!needle) return found;
  for (let at = folded.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = folded.indexOf(needle, at + 1)) {
    if (standsAlone(folded, at, at + needle.length)) found.push(at);
  }
  return found;
}
